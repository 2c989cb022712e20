using Microsoft.AspNetCore.Mvc;

namespace AdFlux.Insights.Api;

/// <summary>
/// A daily-reports export: <c>format</c> csv, xlsx or pdf; the reports created from <c>from</c> to
/// <c>to</c> (ISO dates, UTC days, both included; default the last 30 days); <c>clientProfileId</c>.
/// </summary>
public sealed record ExportReportsQuery(
    [FromQuery(Name = "format")] string? Format,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "clientProfileId")] string? ClientProfileId);
