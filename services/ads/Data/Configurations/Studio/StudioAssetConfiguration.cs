using AdFlux.Ads.Studio.Assets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class StudioAssetConfiguration : IEntityTypeConfiguration<StudioAsset>
{
    public void Configure(EntityTypeBuilder<StudioAsset> builder)
    {
        builder.ToTable("studio_assets");
        builder.HasKey(a => a.Id);
        // Ids are made here (Guid v7), so a row reached through a navigation is new, not an update.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.ContentRequestId);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(40);
        builder.Property(a => a.Platform).HasMaxLength(40);
        builder.Property(a => a.ColourReason).HasMaxLength(2000);
        builder.Property(a => a.LogoReason).HasMaxLength(2000);
        builder.Property(a => a.TypographyReason).HasMaxLength(2000);
        builder.Property(a => a.LayoutReason).HasMaxLength(2000);
    }
}
