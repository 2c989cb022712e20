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
        builder.HasOne<Tenant>().WithMany().HasForeignKey(key => key.TenantId);
        builder.HasIndex(key => key.TenantId);
    }
}
