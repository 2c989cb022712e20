using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class AdSetConfiguration : IEntityTypeConfiguration<AdSet>
{
    public void Configure(EntityTypeBuilder<AdSet> builder)
    {
        builder.ToTable("ad_sets");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.CampaignId });
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ExternalId).HasMaxLength(200);
        builder.Property(s => s.CustomAudienceId).HasMaxLength(64);
        builder.HasMany(s => s.Ads).WithOne().HasForeignKey(a => a.AdSetId).OnDelete(DeleteBehavior.Cascade);
    }
}
