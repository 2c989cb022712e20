using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Users;

/// <summary>A tenant always keeps one active admin: nobody can demote, deactivate or delete the last one.</summary>
public static class LastAdminGuard
{
    /// <summary>
    /// Locks the tenant row for the caller's transaction first, so two admins removing each
    /// other at the same moment cannot both pass the check.
    /// </summary>
    public static async Task<bool> IsLastActiveAdminAsync(IdentityDbContext db, User user, CancellationToken cancellationToken)
    {
        if (user.Role != Roles.Admin || !user.IsActive)
        {
            return false;
        }
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM tenants WHERE id = {user.TenantId} FOR UPDATE", cancellationToken);
        return !await db.Users.AnyAsync(
            other => other.Id != user.Id && other.Role == Roles.Admin && other.DeactivatedAt == null,
            cancellationToken);
    }
}
