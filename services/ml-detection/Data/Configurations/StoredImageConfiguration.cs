using AdFlux.MlDetection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.MlDetection.Data.Configurations;

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.ToTable("ml_images");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => new { i.TenantId, i.CreatedAt });
        builder.Property(i => i.Source).HasMaxLength(20);
        builder.Property(i => i.StorageKey).HasMaxLength(500);
    }
}
