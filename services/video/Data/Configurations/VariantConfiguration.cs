using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class VariantConfiguration : IEntityTypeConfiguration<Variant>
{
    public void Configure(EntityTypeBuilder<Variant> builder)
    {
        builder.ToTable("variants");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ClipId, v.Format }).IsUnique();
        builder.HasIndex(v => new { v.TenantId, v.CreatedAt });
        builder.Property(v => v.Format).HasMaxLength(10);
        builder.Property(v => v.Reframe).HasMaxLength(20);
        builder.Property(v => v.StorageKey).HasMaxLength(300);
    }
}
