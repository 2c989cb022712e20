using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class VideoAssetConfiguration : IEntityTypeConfiguration<VideoAsset>
{
    public void Configure(EntityTypeBuilder<VideoAsset> builder)
    {
        builder.ToTable("video_assets");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.TenantId, v.Sha256 }).IsUnique();
        builder.Property(v => v.FileName).HasMaxLength(255);
        builder.Property(v => v.ContentType).HasMaxLength(100);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.StorageKey).HasMaxLength(300);
        builder.Property(v => v.Container).HasMaxLength(100);
        builder.Property(v => v.VideoCodec).HasMaxLength(50);
        builder.Property(v => v.AudioCodec).HasMaxLength(50);
    }
}
