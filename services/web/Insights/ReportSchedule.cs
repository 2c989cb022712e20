namespace AdFlux.Web.Insights;

/// <summary>A client profile's daily report schedule and how its last run ended.</summary>
public sealed record ReportSchedule(
    Guid ClientProfileId, string TimeZone, string LocalTime, bool Enabled, DateTimeOffset NextRunAt, DateTimeOffset? AnalyzedThrough,
    DateTimeOffset? LastRunAt, string? LastOutcome, string? LastError);
