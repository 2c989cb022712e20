using AdFlux.Ads.Studio.Variants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class StudioVideoVariantConfiguration : IEntityTypeConfiguration<StudioVideoVariant>
{
    public void Configure(EntityTypeBuilder<StudioVideoVariant> builder)
    {
        builder.ToTable("studio_video_variants");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The business key: a variant is attached to a request once, whatever the event's id.
        builder.HasIndex(v => new { v.ContentRequestId, v.VariantId }).IsUnique();
        builder.Property(v => v.Platform).HasMaxLength(40);
    }
}
