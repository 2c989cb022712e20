using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class CampaignAnomalyConfiguration : IEntityTypeConfiguration<CampaignAnomaly>
{
    public void Configure(EntityTypeBuilder<CampaignAnomaly> builder)
    {
        builder.ToTable("campaign_anomalies");
        // Once per campaign, day and metric: the key is the deduplication.
        builder.HasKey(a => new { a.CampaignId, a.Date, a.Metric });
        builder.Property(a => a.Metric).HasMaxLength(32);
        builder.HasIndex(a => a.TenantId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
