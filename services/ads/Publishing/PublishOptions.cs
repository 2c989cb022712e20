namespace AdFlux.Ads.Publishing;

/// <summary>How publications run, under <c>Ads:Publishing</c>.</summary>
public sealed class PublishOptions
{
    public const string Section = "Ads:Publishing";

    /// <summary>How often a worker looks for due publications when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a worker holds a publication; one that dies lets it expire and another resumes it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First wait after a transient failure; doubles per attempt unless the platform said how long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a publication that keeps failing transiently is given up and undone.</summary>
    public int MaxAttempts { get; set; } = 6;
}
