using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> builder)
    {
        builder.ToTable("report_schedules");
        builder.HasKey(s => new { s.TenantId, s.ClientProfileId });
        builder.Property(s => s.TimeZone).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(s => s.LeaseOwner).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(s => s.LastOutcome).HasMaxLength(CommentColumns.LabelLength);
        builder.HasIndex(s => s.NextRunAt).HasDatabaseName("ix_report_schedules_next_run_at");
    }
}
