using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class PlatformSourceConfiguration : IEntityTypeConfiguration<PlatformSource>
{
    public void Configure(EntityTypeBuilder<PlatformSource> builder)
    {
        builder.ToTable("platform_sources");
        builder.Property(s => s.Platform).HasMaxLength(20);
        builder.Property(s => s.CredentialError).HasMaxLength(2000);
        builder.Property(s => s.LastOutcome).HasMaxLength(30);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.HasIndex(s => new { s.TenantId, s.ClientProfileId });
    }
}
