using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class VideoJobConfiguration : IEntityTypeConfiguration<VideoJob>
{
    public void Configure(EntityTypeBuilder<VideoJob> builder)
    {
        builder.ToTable("video_jobs");
        builder.HasKey(j => j.Id);
        // One job per kind and subject: a redelivered VideoUploaded cannot start a second analysis.
        builder.HasIndex(j => new { j.SubjectId, j.Kind }).IsUnique();
        builder.HasIndex(j => new { j.TenantId, j.CreatedAt });
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
        builder.Property(j => j.Kind).HasMaxLength(40);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Stage).HasMaxLength(100);
        builder.Property(j => j.Parameters).HasMaxLength(200);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Ignore(j => j.IsTerminal);
    }
}
