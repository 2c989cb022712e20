using AdFlux.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Identity.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(key => key.Name).HasMaxLength(200);
        builder.Property(key => key.Prefix).HasMaxLength(40);
        builder.Property(key => key.Role).HasMaxLength(20);
        // Rows that predate API-key scopes are unscoped; the migration needs the default to add the column.
        builder.Property(key => key.ClientProfileIds).HasDefaultValueSql("'{}'::uuid[]");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(key => key.TenantId);
        builder.HasIndex(key => key.TenantId);
    }
}
