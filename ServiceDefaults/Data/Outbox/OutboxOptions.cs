namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>Dispatcher tuning under <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Rows claimed and published per round; confirms of one batch are awaited together.
    /// Measured: 100 drains a 10,000-row backlog at well over 1,000/s; 500 outstanding
    /// publishes right after a broker restart stalled past the publish timeout, again and again.
    /// </summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the table is checked without a commit signal (another instance's rows, a restart's leftovers).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one batch may wait for broker confirms before it is rolled back and retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Rows failing this often for their own reasons (unknown type, unreadable payload) are left aside with their error.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long sent outbox rows are kept (for inspection) before they are purged.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long handled message ids are remembered; far beyond any redelivery.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
