using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class WebhookRejectionCountConfiguration : IEntityTypeConfiguration<WebhookRejectionCount>
{
    public void Configure(EntityTypeBuilder<WebhookRejectionCount> builder)
    {
        builder.ToTable("webhook_rejections");
        builder.HasKey(r => new { r.TenantId, r.Source, r.Reason, r.Hour });
        builder.Property(r => r.Source).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(50);
    }
}
