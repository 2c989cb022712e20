using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Data;

/// <summary>
/// The identity service's database. Migrations are hand-written classes in
/// <c>Data/Migrations</c> (the EF Design tooling is not served here): a new step is a new
/// <c>Migration</c> subclass with <c>[DbContext]</c> and <c>[Migration("yyyyMMddHHmmss_Name")]</c>.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<ClientProfile> ClientProfiles => Set<ClientProfile>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // A client profile is scoped by its own id: a limited viewer sees only its profiles.
        modelBuilder.Entity<ClientProfile>().HasQueryFilter(
            TenantQueryFilters.ClientScope,
            TenantQueryFilters.ClientScopeFilter(typeof(ClientProfile), nameof(ClientProfile.Id), this));
    }
}
