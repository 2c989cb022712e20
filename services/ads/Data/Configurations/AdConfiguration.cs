using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class AdConfiguration : IEntityTypeConfiguration<Ad>
{
    public void Configure(EntityTypeBuilder<Ad> builder)
    {
        builder.ToTable("ads");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.TenantId, a.CampaignId });
        builder.HasIndex(a => a.AdSetId);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Headline).HasMaxLength(255);
        builder.Property(a => a.PrimaryText).HasMaxLength(2000);
        builder.Property(a => a.CallToAction).HasMaxLength(40);
        builder.Property(a => a.LinkUrl).HasMaxLength(2000);
        builder.Property(a => a.CreativeKind).HasMaxLength(20);
        builder.Property(a => a.CreativeAssetId).HasMaxLength(200);
        builder.Property(a => a.ExternalCreativeId).HasMaxLength(200);
        builder.Property(a => a.ExternalAdId).HasMaxLength(200);
    }
}
