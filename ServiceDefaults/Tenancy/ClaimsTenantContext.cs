using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>The tenant of the authenticated caller of the current request, read from its claims.</summary>
public sealed class ClaimsTenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? TenantId =>
        Guid.TryParse(User?.FindFirstValue(AdFluxClaims.TenantId), out var tenantId) ? tenantId : null;

    public bool IsAdmin => User?.FindFirstValue(AdFluxClaims.Role) == Roles.Admin;

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
