namespace AdFlux.Insights.Api;

/// <summary>Filters of <c>GET /api/insights/usage</c>: UTC days (inclusive; the last 30 days by default), one provider, and the page of day rows.</summary>
public sealed record UsageQuery(DateOnly? From, DateOnly? To, string? Provider, int? Offset, int? Limit);
