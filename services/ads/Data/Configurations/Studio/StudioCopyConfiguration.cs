using System.Text.Json;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Copy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class StudioCopyConfiguration : IEntityTypeConfiguration<StudioCopy>
{
    public void Configure(EntityTypeBuilder<StudioCopy> builder)
    {
        builder.ToTable("studio_copies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ContentRequestId, c.CreatedAt });
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.Provider).HasMaxLength(200);
        builder.Property(c => c.Model).HasMaxLength(200);
        builder.Property(c => c.Cost).HasPrecision(18, 6);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.CostNote).HasMaxLength(500);
        // Written once, never edited: the copy is a document, kept whole.
        builder.Property(c => c.Platforms).HasColumnType("jsonb").HasConversion(
            platforms => JsonSerializer.Serialize(platforms, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<PlatformCopy>>(json, JsonSerializerOptions.Web) ?? new List<PlatformCopy>(),
            new ValueComparer<List<PlatformCopy>>((a, b) => a!.SequenceEqual(b!), list => list.Count, list => list.ToList()));
        builder.HasOne<AdFlux.Ads.Studio.Requests.ContentRequest>().WithMany().HasForeignKey(c => c.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
