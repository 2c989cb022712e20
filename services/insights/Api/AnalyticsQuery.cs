namespace AdFlux.Insights.Api;

/// <summary>
/// Filters of the analytics endpoints: <c>from</c>/<c>to</c> as ISO dates (UTC days, both included;
/// default the last 30 days to today), <c>platform</c> as one name or a comma-separated list,
/// <c>clientProfileId</c> for one client profile.
/// </summary>
public sealed record AnalyticsQuery(string? From, string? To, string? Platform, string? ClientProfileId);
