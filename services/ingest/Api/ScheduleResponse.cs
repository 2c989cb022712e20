using AdFlux.Ingest.Domain;

namespace AdFlux.Ingest.Api;

/// <summary>A pull schedule: when it next runs, and how its last run ended.</summary>
public sealed record ScheduleResponse(
    Guid Id,
    Guid ClientProfileId,
    string Source,
    Guid SourceId,
    string Cron,
    string TimeZone,
    bool Enabled,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastRunAt,
    string? LastOutcome,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ScheduleResponse From(PullSchedule schedule) => new(
        schedule.Id, schedule.ClientProfileId, schedule.Source, schedule.SourceId, schedule.Cron, schedule.TimeZone, schedule.Enabled,
        schedule.NextRunAt, schedule.LastRunAt, schedule.LastOutcome, schedule.LastError, schedule.ConsecutiveFailures, schedule.CreatedAt, schedule.UpdatedAt);
}
