using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class PlatformRuleConfiguration : IEntityTypeConfiguration<PlatformRule>
{
    public void Configure(EntityTypeBuilder<PlatformRule> builder)
    {
        builder.ToTable("platform_rules");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.Platform }).IsUnique();
        builder.Property(r => r.Platform).HasMaxLength(40);
        builder.Property(r => r.Format).HasMaxLength(10);
    }
}
