using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// When a pulled source (a spreadsheet, a YouTube or Spotify source) is pulled: a cron expression in an
/// IANA time zone (table <c>pull_schedules</c>). Due rows are leased with SKIP LOCKED, so each pull runs
/// once across instances and the schedule survives restarts.
/// </summary>
public sealed class PullSchedule : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary><c>sheets</c>, <c>youtube</c> or <c>spotify</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The <see cref="SheetsSource"/> or <see cref="PlatformSource"/> pulled.</summary>
    public Guid SourceId { get; set; }

    /// <summary>Five-field cron expression (minute hour day-of-month month day-of-week).</summary>
    public required string Cron { get; set; }

    /// <summary>IANA time zone the cron expression is read in (e.g. <c>Europe/Madrid</c>).</summary>
    public required string TimeZone { get; set; }

    public bool Enabled { get; set; }

    /// <summary>When the pull is next due; null while disabled or while the source's credential needs replacing.</summary>
    public DateTimeOffset? NextRunAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary><c>succeeded</c>, <c>failed</c> or <c>credential_refused</c>.</summary>
    public string? LastOutcome { get; set; }

    public string? LastError { get; set; }

    /// <summary>Failed runs since the last success: the exponent of the backoff.</summary>
    public int ConsecutiveFailures { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
