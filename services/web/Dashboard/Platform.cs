namespace AdFlux.Web.Dashboard;

/// <summary>A platform as insights names it (normalised: lower case, '-' for '_') and the label people read.</summary>
public sealed record Platform(string Key, string Label)
{
    public static readonly IReadOnlyList<Platform> All =
    [
        new("instagram", "Instagram"),
        new("tiktok", "TikTok"),
        new("facebook", "Facebook"),
        new("youtube", "YouTube"),
        new("spotify", "Spotify"),
        new("meta-ads", "Meta ads"),
    ];

    public static string LabelOf(string key) => All.FirstOrDefault(platform => platform.Key == key)?.Label ?? key;
}
