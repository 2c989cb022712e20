using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.Property(d => d.Seq).UseIdentityByDefaultColumn();
        builder.Property(d => d.Source).HasMaxLength(100);
        builder.Property(d => d.DeliveryId).HasMaxLength(200);
        builder.Property(d => d.PayloadHash).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.Payload).HasColumnType("jsonb");
        // NULLS DISTINCT: deliveries without an id never collide here; their repeats are found by hash.
        builder.HasIndex(d => new { d.TenantId, d.Source, d.DeliveryId }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.Source, d.PayloadHash, d.ReceivedAt });
        builder.HasIndex(d => new { d.TenantId, d.Seq });
        builder.HasIndex(d => new { d.TenantId, d.Source, d.ReceivedAt });
    }
}
