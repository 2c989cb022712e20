namespace AdFlux.Ingest.Platforms;

/// <summary>
/// Where each platform client calls, under <c>Ingest:Platforms</c>. Defaults are the production
/// endpoints; the AppHost points them at the platform sandbox (switching is configuration only).
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Ingest:Platforms";

    /// <summary>Google's OAuth 2.0 token endpoint: service-account assertions (audience and target) and refresh-token grants.</summary>
    public string GoogleTokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    public string SheetsBaseUrl { get; set; } = "https://sheets.googleapis.com/";

    public string YouTubeDataBaseUrl { get; set; } = "https://www.googleapis.com/youtube/v3/";

    public string YouTubeAnalyticsBaseUrl { get; set; } = "https://youtubeanalytics.googleapis.com/v2/";

    public string SpotifyAccountsBaseUrl { get; set; } = "https://accounts.spotify.com/api/";

    public string SpotifyApiBaseUrl { get; set; } = "https://api.spotify.com/v1/";

    public static Uri Under(string baseUrl, string relative) => new(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), relative);
}
