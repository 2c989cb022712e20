namespace AdFlux.ServiceDefaults.Usage;

/// <summary>How recorded external calls reach the outbox, under <c>Usage</c>.</summary>
public sealed class UsageOptions
{
    public const string Section = "Usage";

    /// <summary>How often buffered calls are written to the outbox; a crash loses at most this much.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Calls per <c>ExternalApiCallsRecorded</c> event at most.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the service's hard-stop table is read again (another instance may have consumed the event).</summary>
    public TimeSpan HardStopRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
