using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class MetricSyncConfiguration : IEntityTypeConfiguration<MetricSync>
{
    public void Configure(EntityTypeBuilder<MetricSync> builder)
    {
        builder.ToTable("metric_syncs");
        builder.HasKey(s => s.CampaignId);
        builder.HasIndex(s => s.NextRunAt);
        builder.Property(s => s.LeaseOwner).HasMaxLength(100);
        builder.Property(s => s.LastError).HasMaxLength(4000);
        builder.HasOne<Campaign>().WithOne().HasForeignKey<MetricSync>(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
