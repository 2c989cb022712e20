using System.Security.Claims;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Api;

/// <summary>What the inbox and report handlers need, bound with <c>[AsParameters]</c>; the context filters by the caller's tenant and client profiles.</summary>
public sealed record InsightsRequest(InsightsDbContext Db, ITenantContext Tenant, ClaimsPrincipal User, TimeProvider Clock, CancellationToken CancellationToken);
