namespace AdFlux.Ingest.Api;

/// <summary>A schedule's new cron expression, time zone and enabled flag.</summary>
public sealed record UpdateScheduleRequest(string? Cron, string? TimeZone, bool? Enabled);
