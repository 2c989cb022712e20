using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class MetaAccountConfiguration : IEntityTypeConfiguration<MetaAccount>
{
    public void Configure(EntityTypeBuilder<MetaAccount> builder)
    {
        builder.ToTable("meta_accounts");
        builder.Property(a => a.AccountId).HasMaxLength(100);
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.HasIndex(a => a.AccountId).IsUnique();
        builder.HasIndex(a => a.TenantId);
    }
}
