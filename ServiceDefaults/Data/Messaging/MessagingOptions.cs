namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>Bus tuning under <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public int PrefetchCount { get; set; } = 32;

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the broker is asked whether each consumed queue still has a consumer.</summary>
    public TimeSpan ConsumerCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A queue without a consumer this long, while the broker answers, gets the bus restarted.</summary>
    public TimeSpan ConsumerRecoveryGrace { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a bus restart may take to stop, and then to start.</summary>
    public TimeSpan BusRestartTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
