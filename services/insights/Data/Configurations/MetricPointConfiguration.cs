using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class MetricPointConfiguration : IEntityTypeConfiguration<MetricPoint>
{
    public void Configure(EntityTypeBuilder<MetricPoint> builder)
    {
        builder.ToTable("metric_points");
        builder.Property(p => p.Id).UseIdentityByDefaultColumn();
        builder.Property(p => p.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.Property(p => p.EntityType).HasMaxLength(MetricColumns.NameLength);
        builder.Property(p => p.EntityId).HasMaxLength(MetricColumns.EntityIdLength);
        builder.Property(p => p.Metric).HasMaxLength(MetricColumns.NameLength);
        // The restatement key: the same window of the same series again replaces the point.
        builder.HasIndex(p => new { p.TenantId, p.ClientProfileId, p.Platform, p.EntityType, p.EntityId, p.Metric, p.WindowStart, p.WindowEnd })
            .IsUnique().HasDatabaseName("ux_metric_points_series_window");
    }
}
