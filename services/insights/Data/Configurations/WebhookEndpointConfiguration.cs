using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Url).HasMaxLength(CommentColumns.UrlLength);
        builder.Property(e => e.Description).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(e => e.Secret).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(e => e.DisabledReason).HasMaxLength(CommentColumns.UrlLength);
        builder.HasIndex(e => new { e.TenantId, e.CreatedAt }).HasDatabaseName("ix_webhook_endpoints_tenant_created");
    }
}
