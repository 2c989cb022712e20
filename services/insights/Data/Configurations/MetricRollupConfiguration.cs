using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class MetricRollupConfiguration : IEntityTypeConfiguration<MetricRollup>
{
    public void Configure(EntityTypeBuilder<MetricRollup> builder)
    {
        builder.ToTable("metric_rollups");
        builder.HasKey(r => new { r.TenantId, r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric, r.Granularity, r.BucketStart });
        builder.Property(r => r.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.Property(r => r.EntityType).HasMaxLength(MetricColumns.NameLength);
        builder.Property(r => r.EntityId).HasMaxLength(MetricColumns.EntityIdLength);
        builder.Property(r => r.Metric).HasMaxLength(MetricColumns.NameLength);
        builder.Property(r => r.Granularity).HasMaxLength(8);
        // Analytics read one granularity of a tenant over a date range.
        builder.HasIndex(r => new { r.TenantId, r.Granularity, r.BucketStart }).HasDatabaseName("ix_metric_rollups_tenant_granularity_bucket");
    }
}
