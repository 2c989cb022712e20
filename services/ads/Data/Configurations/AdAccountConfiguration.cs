using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class AdAccountConfiguration : IEntityTypeConfiguration<AdAccount>
{
    public void Configure(EntityTypeBuilder<AdAccount> builder)
    {
        builder.ToTable("ad_accounts");
        builder.HasKey(a => a.Id);
        // One account per client profile and platform: campaigns find theirs by the pair.
        builder.HasIndex(a => new { a.TenantId, a.ClientProfileId, a.Platform }).IsUnique();
        builder.Property(a => a.Platform).HasMaxLength(20);
        builder.Property(a => a.AccountId).HasMaxLength(100);
        builder.Property(a => a.PageId).HasMaxLength(100);
        builder.Property(a => a.LoginCustomerId).HasMaxLength(100);
    }
}
