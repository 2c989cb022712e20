using Microsoft.AspNetCore.Mvc;

namespace AdFlux.Insights.Api;

/// <summary>
/// Filters of the analytics endpoints: <c>from</c>/<c>to</c> as ISO dates (UTC days, both included;
/// default the last 30 days to today), <c>platform</c> as one name or a comma-separated list,
/// <c>clientProfileId</c> for one client profile. Read as text so a bad value is a 400 naming its field.
/// </summary>
public sealed record AnalyticsQuery(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "platform")] string? Platform,
    [FromQuery(Name = "clientProfileId")] string? ClientProfileId);
