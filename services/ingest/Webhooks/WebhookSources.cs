namespace AdFlux.Ingest.Webhooks;

/// <summary>The webhook sources ingest accepts and how each names its entities (seed 000, input streams 1, 2, 4 and 5).</summary>
public static class WebhookSources
{
    public const string YouTube = "youtube-metrics";
    public const string Spotify = "spotify-metrics";
    public const string LandingPage = "landing-page-metrics";
    public const string N8n = "n8n";
    public const string Meta = "meta";

    /// <summary>Sources a tenant can hold signing secrets for (every <c>n8n/&lt;workflow&gt;</c> shares <see cref="N8n"/>).</summary>
    public static readonly IReadOnlyList<string> Signable = [YouTube, Spotify, LandingPage, N8n];

    public static readonly MetricsShape YouTubeShape = new(YouTube, "youtube", "channel", "channel_id", "video", "video_id");
    public static readonly MetricsShape SpotifyShape = new(Spotify, "spotify", "artist", "artist_id", "track", "track_id");
    public static readonly MetricsShape LandingPageShape = new(LandingPage, "landing-page", "page", "page_url", null, null);

    /// <summary>n8n workflows name platform, entity type and id themselves.</summary>
    public static MetricsShape N8nShape(string workflow) => new($"{N8n}/{workflow}", null, null, "entity_id", null, null);

    /// <summary>The secret scope of a delivery source: <c>n8n/x</c> → <c>n8n</c>.</summary>
    public static string SecretScopeOf(string source) => source.StartsWith(N8n + "/", StringComparison.Ordinal) ? N8n : source;
}
