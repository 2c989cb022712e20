namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>Standard pipeline for outbound HTTP, configurable under <c>Resilience:Http</c>.</summary>
public sealed class HttpResilienceOptions
{
    public const string Section = "Resilience:Http";

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>0 turns retries off (e.g. for non-idempotent platform calls).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A server's Retry-After longer than this is not waited for: the failure is returned.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
