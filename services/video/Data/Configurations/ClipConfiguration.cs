using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class ClipConfiguration : IEntityTypeConfiguration<Clip>
{
    public void Configure(EntityTypeBuilder<Clip> builder)
    {
        builder.ToTable("clips");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.VideoId, c.TargetSeconds, c.Rank }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.CreatedAt });
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.ThumbnailKey).HasMaxLength(300);
        builder.Property(c => c.StartType).HasMaxLength(20);
    }
}
