namespace AdFlux.Insights.Api;

/// <summary>Filters of <c>GET /api/insights/alerts</c>, newest first: client profile, kind, severity, when raised, and whether acknowledged.</summary>
public sealed record AlertsQuery(
    Guid? ClientProfileId, string? Kind, string? Severity, DateTimeOffset? From, DateTimeOffset? To, bool? Acknowledged, int? Offset, int? Limit);
