using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Variants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class StudioAssetVariantConfiguration : IEntityTypeConfiguration<StudioAssetVariant>
{
    public void Configure(EntityTypeBuilder<StudioAssetVariant> builder)
    {
        builder.ToTable("studio_asset_variants");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // One variant per asset and format: rendering again replaces it.
        builder.HasIndex(v => new { v.AssetId, v.Format }).IsUnique();
        builder.Property(v => v.Format).HasMaxLength(20);
        builder.Property(v => v.CropStrategy).HasMaxLength(40);
        builder.HasOne<StudioAsset>().WithMany().HasForeignKey(v => v.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}
