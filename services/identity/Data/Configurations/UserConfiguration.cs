using AdFlux.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Identity.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(user => user.Email).HasMaxLength(320);
        builder.Property(user => user.NormalizedEmail).HasMaxLength(320);
        builder.Property(user => user.Role).HasMaxLength(20);
        builder.Property(user => user.SecurityVersion).HasDefaultValue(0);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(user => user.TenantId);
        builder.Ignore(user => user.IsActive);
        builder.HasIndex(user => new { user.TenantId, user.NormalizedEmail }).IsUnique();
        // Login looks an email up across tenants.
        builder.HasIndex(user => user.NormalizedEmail);
    }
}
