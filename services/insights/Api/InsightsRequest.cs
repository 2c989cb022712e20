using AdFlux.Insights.Data;
using System.Security.Claims;

namespace AdFlux.Insights.Api;

/// <summary>What the inbox handlers need, bound with <c>[AsParameters]</c>; the context filters by the caller's tenant and client profiles.</summary>
public sealed record InsightsRequest(InsightsDbContext Db, ClaimsPrincipal User, TimeProvider Clock, CancellationToken CancellationToken);
