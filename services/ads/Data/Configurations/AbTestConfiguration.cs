using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class AbTestConfiguration : IEntityTypeConfiguration<AbTest>
{
    public void Configure(EntityTypeBuilder<AbTest> builder)
    {
        builder.ToTable("ab_tests");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.TenantId, t.CampaignId });
        builder.Property(t => t.Metric).HasMaxLength(20);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
