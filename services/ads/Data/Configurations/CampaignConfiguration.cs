using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.ClientProfileId, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.NextAttemptAt });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Objective).HasMaxLength(40);
        builder.Property(c => c.Platform).HasMaxLength(20);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.BudgetKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.FailedStep).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ExternalBudgetId).HasMaxLength(200);
        builder.Property(c => c.ExternalCampaignId).HasMaxLength(200);
        builder.Property(c => c.LeaseOwner).HasMaxLength(100);
        builder.Property(c => c.PlatformErrorCode).HasMaxLength(200);
        builder.Property(c => c.LastError).HasMaxLength(4000);
        builder.HasMany(c => c.AdSets).WithOne().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsDraft);
    }
}
