using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>
/// A unit of ffmpeg work. Workers lease it from the database (not from a broker delivery), so a
/// render may run for hours: the lease is renewed while it runs, and only a worker that died
/// lets it expire, after which another worker takes the job over as a new attempt.
/// </summary>
public sealed class VideoJob : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid VideoId { get; set; }

    /// <summary>What the job works on: the video for analysis, the clip for a render.</summary>
    public Guid SubjectId { get; set; }

    public required string Kind { get; set; }

    /// <summary>What the kind needs beyond its subject, e.g. a render's formats and fit (<c>9:16,1:1|blur</c>).</summary>
    public string? Parameters { get; set; }

    public JobState State { get; set; }

    public string? Stage { get; set; }

    public double Progress { get; set; }

    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }

    public string? LastError { get; set; }

    public bool CancelRequested { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public bool IsTerminal => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}
