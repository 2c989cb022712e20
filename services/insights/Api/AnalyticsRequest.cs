using AdFlux.Insights.Analytics;
using AdFlux.Insights.Caching;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Api;

/// <summary>What the analytics handlers need, bound with <c>[AsParameters]</c>; the context filters by the caller's tenant and client profiles.</summary>
public sealed record AnalyticsRequest(
    InsightsDbContext Db,
    AnalyticsReader Reader,
    AnalyticsCache Cache,
    ITenantContext Tenant,
    TimeProvider Clock,
    IOptions<AnalyticsOptions> Options,
    CancellationToken CancellationToken);
