using System.Security.Claims;
using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Api.Studio;

/// <summary>What every studio handler needs, bound with <c>[AsParameters]</c>: the ads request and who the caller is.</summary>
public sealed record StudioRequest(AdsDbContext Db, ITenantContext Tenant, TimeProvider Clock, HttpContext Http, CancellationToken CancellationToken)
{
    public Guid TenantId => Tenant.TenantId ?? throw new InvalidOperationException("A studio request always has a tenant (the endpoints require authentication).");

    /// <summary>The caller's user id (the token's subject); an API key has none of its own.</summary>
    public Guid? UserId => Guid.TryParse(Http.User.FindFirstValue(AdFluxClaims.Subject), out var id) && Http.User.FindFirstValue(AdFluxClaims.ApiKeyId) is null ? id : null;

    public Approver Approver => new(UserId, Http.User.FindFirstValue(AdFluxClaims.Role));
}
