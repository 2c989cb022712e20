using AdFlux.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Identity.Data.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants");
        builder.Property(tenant => tenant.Name).HasMaxLength(200);
        // Also what keeps two replicas bootstrapping at once from creating the first tenant twice.
        builder.HasIndex(tenant => tenant.Name).IsUnique();
    }
}
