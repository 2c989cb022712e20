using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> builder)
    {
        builder.ToTable("alert_rules");
        builder.Property(r => r.Name).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(r => r.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.Property(r => r.Metric).HasMaxLength(MetricColumns.NameLength);
        builder.Property(r => r.Direction).HasMaxLength(CommentColumns.LabelLength);
        builder.HasIndex(r => new { r.TenantId, r.ClientProfileId, r.Platform, r.Metric }).HasDatabaseName("ix_alert_rules_series");
    }
}
