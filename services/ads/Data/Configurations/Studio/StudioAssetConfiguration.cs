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
        builder.Property(a => a.Source).HasMaxLength(20);
        builder.OwnsOne(a => a.Stock, stock =>
        {
            // Stored in the asset's own row: the owned key is the asset's id column.
            stock.Property<Guid>("StudioAssetId").HasColumnName("id");
            stock.Property(s => s.SourceId).HasColumnName("stock_source_id");
            stock.Property(s => s.PageUrl).HasColumnName("stock_page_url").HasMaxLength(1000);
            stock.Property(s => s.LicenceType).HasColumnName("stock_licence_type").HasMaxLength(40);
            stock.Property(s => s.LicenceUrl).HasColumnName("stock_licence_url").HasMaxLength(1000);
            stock.Property(s => s.AuthorId).HasColumnName("stock_author_id");
            stock.Property(s => s.AuthorName).HasColumnName("stock_author_name").HasMaxLength(200);
            stock.Property(s => s.RequiresAttribution).HasColumnName("stock_requires_attribution");
            stock.Property(s => s.Attribution).HasColumnName("stock_attribution").HasMaxLength(1500);
        });
    }
}
