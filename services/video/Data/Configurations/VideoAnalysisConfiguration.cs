using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class VideoAnalysisConfiguration : IEntityTypeConfiguration<VideoAnalysis>
{
    public void Configure(EntityTypeBuilder<VideoAnalysis> builder)
    {
        builder.ToTable("video_analyses");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.VideoId).IsUnique();
        builder.Property(a => a.Document).HasColumnType("jsonb");
    }
}
