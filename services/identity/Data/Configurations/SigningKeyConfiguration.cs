using AdFlux.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Identity.Data.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.Property(key => key.Id).HasMaxLength(64);
        builder.Property(key => key.Algorithm).HasMaxLength(16);
        builder.Property(key => key.EnvelopeKeyId).HasMaxLength(16);
        // At most one key signs at a time, even with several identity replicas starting together.
        builder.HasIndex(key => key.Algorithm).IsUnique().HasFilter("retired_at IS NULL").HasDatabaseName("ix_signing_keys_active");
    }
}
