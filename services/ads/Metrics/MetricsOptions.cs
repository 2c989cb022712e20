namespace AdFlux.Ads.Metrics;

/// <summary>How campaigns' figures are pulled, under <c>Ads:Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Ads:Metrics";

    /// <summary>Time between two pulls of one campaign.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days re-pulled each time (today included): platforms restate recent days as conversions are attributed late.</summary>
    public int LookbackDays { get; set; } = 7;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait after a failed pull (unless the platform said how long).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
