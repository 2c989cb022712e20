using AdFlux.Contracts.Identity;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Identity;

namespace AdFlux.Identity.Tenants;

/// <summary>Creates a tenant together with its first admin and their events, in one transaction.</summary>
public sealed class TenantProvisioner(IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task<(Tenant Tenant, User Admin)> CreateAsync(string tenantName, string adminEmail, string adminPassword, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = tenantName.Trim(), CreatedAt = now };
        var admin = new User
        {
            Id = Guid.NewGuid(),
            TenantId = tenant.Id,
            Email = adminEmail.Trim(),
            NormalizedEmail = Emails.Normalize(adminEmail),
            Role = Roles.Admin,
            CreatedAt = now,
        };
        admin.PasswordHash = hasher.HashPassword(admin, adminPassword);
        db.Tenants.Add(tenant);
        db.Users.Add(admin);
        db.AddEvent(new TenantCreated(Guid.NewGuid(), tenant.Id, now, tenant.Name), clock);
        db.AddEvent(new UserCreated(Guid.NewGuid(), tenant.Id, now, admin.Id, admin.Email, admin.Role), clock);
        await db.SaveChangesAsync(cancellationToken);
        return (tenant, admin);
    }
}
