using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Studio.Copy;

/// <summary>
/// Whose copy limits a request's platform takes: Instagram and Facebook placements are Meta ads,
/// YouTube Shorts and Google Display are Google ads, TikTok is its own.
/// </summary>
public static class CopyPlatforms
{
    public static string For(string requestPlatform) => requestPlatform switch
    {
        "tiktok" => "tiktok",
        "instagram-reels" or "instagram-feed" or "facebook-feed" => AdPlatforms.Meta,
        "youtube-shorts" or "google-display" => AdPlatforms.Google,
        _ => throw new ArgumentOutOfRangeException(nameof(requestPlatform), requestPlatform, "Not a studio platform."),
    };

    public static IReadOnlyList<string> Of(IEnumerable<string> requestPlatforms) => requestPlatforms.Select(For).Distinct().ToList();
}
