using AdFlux.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Identity.Data.Configurations;

internal sealed class ClientProfileConfiguration : IEntityTypeConfiguration<ClientProfile>
{
    public void Configure(EntityTypeBuilder<ClientProfile> builder)
    {
        builder.ToTable("client_profiles");
        builder.Property(profile => profile.Name).HasMaxLength(200);
        builder.Property(profile => profile.Description).HasMaxLength(2000);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(profile => profile.TenantId);
        builder.HasIndex(profile => new { profile.TenantId, profile.Name }).IsUnique();
    }
}
