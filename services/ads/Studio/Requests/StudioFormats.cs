namespace AdFlux.Ads.Studio.Requests;

/// <summary>The platforms, formats and copy parts a brief may ask for, by the names the API uses.</summary>
public static class StudioFormats
{
    public static readonly IReadOnlyList<string> Platforms =
        ["tiktok", "instagram-reels", "youtube-shorts", "instagram-feed", "facebook-feed", "google-display"];

    /// <summary>Vertical 9:16, square and 4:5 portrait (width x height in pixels).</summary>
    public static readonly IReadOnlyList<string> Formats = ["1080x1920", "1080x1080", "1080x1350"];

    public static readonly IReadOnlyList<string> CopyParts = ["headline", "primary_text", "call_to_action"];

    /// <summary>Platforms whose own UI covers part of a vertical creative (ml-detection's safe zones).</summary>
    public static readonly IReadOnlyList<string> SafeZonePlatforms = ["tiktok", "instagram-reels", "youtube-shorts"];
}
