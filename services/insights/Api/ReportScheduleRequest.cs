namespace AdFlux.Insights.Api;

/// <summary>When a client profile's daily report runs: a local time (<c>HH:mm</c>) in an IANA time zone; <see cref="Enabled"/> defaults to true.</summary>
public sealed record ReportScheduleRequest(string? TimeZone, string? LocalTime, bool? Enabled);
