namespace AdFlux.Web.Ingest;

/// <summary>A pull schedule: a source pulled on a cron expression read in a time zone, its next run and how the last ended.</summary>
public sealed record PullSchedule(
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
    DateTimeOffset UpdatedAt);
