using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>A client profile's daily report schedule and how its last run ended.</summary>
public sealed record ReportScheduleResponse(
    Guid ClientProfileId, string TimeZone, string LocalTime, bool Enabled, DateTimeOffset NextRunAt, DateTimeOffset? AnalyzedThrough,
    DateTimeOffset? LastRunAt, string? LastOutcome, string? LastError)
{
    public static ReportScheduleResponse From(ReportSchedule s) => new(
        s.ClientProfileId, s.TimeZone, s.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), s.Enabled, s.NextRunAt,
        s.AnalyzedThrough, s.LastRunAt, s.LastOutcome, s.LastError);
}
