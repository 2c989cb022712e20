namespace AdFlux.Ingest.Pulls;

/// <summary>Scheduled pulls, under <c>Ingest:Pulls</c>.</summary>
public sealed class PullOptions
{
    public const string Section = "Ingest:Pulls";

    /// <summary>Days re-read by every YouTube pull (platforms restate recent figures).</summary>
    public int LookbackDays { get; set; } = 3;

    /// <summary>How often an idle worker looks for due schedules another instance may have made due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed schedule stays leased: a worker that dies mid-pull frees it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The market Spotify's top tracks are read for.</summary>
    public string SpotifyMarket { get; set; } = "US";
}
