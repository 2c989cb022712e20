using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.EventType).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(d => d.Status).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(d => d.LeaseOwner).HasMaxLength(CommentColumns.KeyLength);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // One delivery per event and endpoint, also when the event arrives twice.
        builder.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique().HasDatabaseName("ux_webhook_deliveries_endpoint_event");
        builder.HasIndex(d => d.NextRunAt).HasDatabaseName("ix_webhook_deliveries_next_run_at");
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt }).HasDatabaseName("ix_webhook_deliveries_endpoint_created");
    }
}
