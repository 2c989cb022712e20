using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Api;

/// <summary>What every ads handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record AdsRequest(AdsDbContext Db, ITenantContext Tenant, TimeProvider Clock, CancellationToken CancellationToken)
{
    public Guid TenantId => Tenant.TenantId ?? throw new InvalidOperationException("An ads request always has a tenant (the endpoints require authentication).");
}
