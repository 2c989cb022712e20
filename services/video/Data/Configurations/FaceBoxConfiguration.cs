using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class FaceBoxConfiguration : IEntityTypeConfiguration<FaceBox>
{
    public void Configure(EntityTypeBuilder<FaceBox> builder)
    {
        builder.ToTable("face_boxes");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.VideoId, f.AtSeconds });
        builder.HasIndex(f => new { f.FrameId, f.Model });
        builder.Property(f => f.Model).HasMaxLength(100);
    }
}
