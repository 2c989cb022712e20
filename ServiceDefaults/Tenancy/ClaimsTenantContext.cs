using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>
/// The caller's tenant: in a consumer, the tenant of the message being handled
/// (<see cref="MessageTenant"/>), acting for the whole tenant; otherwise the authenticated
/// caller of the current request, read from its claims.
/// </summary>
public sealed class ClaimsTenantContext(IHttpContextAccessor accessor, MessageTenant message) : ITenantContext
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? TenantId => message.TenantId
        ?? (Guid.TryParse(User?.FindFirstValue(AdFluxClaims.TenantId), out var tenantId) ? tenantId : null);

    // A message announces a change that was authorised where it happened; its consumer acts for
    // the tenant as a whole, not for one user's role or client profiles.
    public bool IsAdmin => message.TenantId is not null || User?.FindFirstValue(AdFluxClaims.Role) == Roles.Admin;

    public IReadOnlySet<Guid>? ClientProfileScope
    {
        get
        {
            if (User is not { } user || IsAdmin)
            {
                return null;
            }
            var ids = user.FindAll(AdFluxClaims.ClientProfileId)
                .Select(claim => Guid.TryParse(claim.Value, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty)
                .ToHashSet();
            return ids.Count == 0 ? null : ids;
        }
    }
}
