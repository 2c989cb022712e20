using Microsoft.AspNetCore.Mvc;

namespace AdFlux.Insights.Api;

/// <summary>
/// An analytics export: <c>format</c> csv, xlsx or pdf; <c>from</c>/<c>to</c> ISO dates (UTC days, both
/// included; default the last 30 days); <c>platforms</c> comma-separated; <c>clientProfileId</c>. Read as
/// text so a bad value is a 400 naming its field.
/// </summary>
public sealed record ExportAnalyticsQuery(
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "platforms")] string? Platforms,
    [FromQuery(Name = "clientProfileId")] string? ClientProfileId);
