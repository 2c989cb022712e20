using System.Text.Json;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Brands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class BrandProfileConfiguration : IEntityTypeConfiguration<BrandProfile>
{
    public void Configure(EntityTypeBuilder<BrandProfile> builder)
    {
        builder.ToTable("brand_profiles");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasIndex(b => new { b.TenantId, b.ClientProfileId }).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.LogoContentType).HasMaxLength(40);
        builder.Property(b => b.ToneOfVoice).HasMaxLength(2000);
        builder.Property(b => b.ToneRules).HasColumnType("jsonb").HasConversion(
            rules => JsonSerializer.Serialize(rules, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<ToneRules>(json, JsonSerializerOptions.Web) ?? ToneRules.None,
            new ValueComparer<ToneRules>((a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                rules => JsonSerializer.Serialize(rules, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal), rules => rules));
    }
}
