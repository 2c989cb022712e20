using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class PullScheduleConfiguration : IEntityTypeConfiguration<PullSchedule>
{
    public void Configure(EntityTypeBuilder<PullSchedule> builder)
    {
        builder.ToTable("pull_schedules");
        builder.Property(s => s.Source).HasMaxLength(20);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.Property(s => s.LastOutcome).HasMaxLength(30);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Property(s => s.LeaseOwner).HasMaxLength(100);
        builder.HasIndex(s => new { s.TenantId, s.SourceId }).IsUnique();
        // What the worker's claim scans: due rows across tenants.
        builder.HasIndex(s => s.NextRunAt);
    }
}
