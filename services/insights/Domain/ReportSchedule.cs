using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// When a client profile's daily report runs (table <c>report_schedules</c>): at
/// <see cref="LocalTime"/> in <see cref="TimeZone"/>, leased by one instance at a time.
/// <see cref="AnalyzedThrough"/> is the receive time of the newest post the last successful report
/// read; it moves only when a report is written.
/// </summary>
public sealed class ReportSchedule : IClientProfileScoped
{
    /// <summary>The next run of a disabled schedule: never, unless someone asks for a run now.</summary>
    public static readonly DateTimeOffset Never = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary>An IANA time zone id, e.g. <c>Europe/Madrid</c>.</summary>
    public required string TimeZone { get; set; }

    public TimeOnly LocalTime { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset NextRunAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset? AnalyzedThrough { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary><c>created</c>, <c>skipped</c> or <c>failed</c>.</summary>
    public string? LastOutcome { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
