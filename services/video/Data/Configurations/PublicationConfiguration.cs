using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("publications");
        builder.HasKey(p => p.Id);
        // The same post confirmed twice is one publication.
        builder.HasIndex(p => new { p.TenantId, p.Platform, p.ExternalId }).IsUnique();
        builder.HasIndex(p => p.VariantId);
        builder.Property(p => p.Platform).HasMaxLength(40);
        builder.Property(p => p.ExternalId).HasMaxLength(200);
        builder.Property(p => p.Url).HasMaxLength(2000);
    }
}
