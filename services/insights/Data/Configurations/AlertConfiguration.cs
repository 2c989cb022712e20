using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.Property(a => a.Kind).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(a => a.Severity).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(a => a.DedupeKey).HasMaxLength(AlertColumns.DedupeKeyLength);
        builder.Property(a => a.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.Property(a => a.Metric).HasMaxLength(MetricColumns.NameLength);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(CommentColumns.AuthorLength);
        builder.HasIndex(a => new { a.TenantId, a.DedupeKey }).IsUnique().HasDatabaseName("ux_alerts_dedupe_key");
        builder.HasIndex(a => new { a.TenantId, a.ClientProfileId, a.RaisedAt }).HasDatabaseName("ix_alerts_profile_raised");
    }
}
