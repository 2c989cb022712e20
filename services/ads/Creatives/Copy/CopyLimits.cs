using AdFlux.Ads.Api;
using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// Character limits per platform. Meta's are its recommendations for feed ads (headline 40,
/// primary text 125 before "See more"); Google's are hard limits of responsive search ads
/// (headline 30, description 90); TikTok's in-feed ad text takes 1–100 characters and its headline
/// slot is the display (app or brand) name, 40 Latin characters for app names (TikTok's older image-ad
/// spec allows brand names only 20: https://ads.tiktok.com/help/article?aid=6701253237862825989).
/// Calls to action are each platform's button values; Meta's are the ones ads already publishes.
/// </summary>
public static class CopyLimits
{
    public static readonly IReadOnlyList<PlatformCopyLimits> All =
    [
        new(AdPlatforms.Meta, 40, 125, CallsToAction.All, "https://www.facebook.com/business/ads-guide/image/facebook-feed"),
        new(AdPlatforms.Google, AdsValidation.GoogleHeadlineMax, AdsValidation.GoogleDescriptionMax, ["learn_more", "shop_now", "sign_up", "book_now", "download", "contact_us", "apply_now", "get_quote", "subscribe"],
            "https://support.google.com/google-ads/answer/7684791"),
        new("tiktok", 40, 100, ["learn_more", "shop_now", "sign_up", "book_now", "download", "contact_us", "apply_now", "listen_now", "watch_now", "subscribe"],
            "https://ads.tiktok.com/help/article/tiktok-auction-in-feed-ads"),
    ];

    public static IReadOnlyList<string> Platforms { get; } = [.. All.Select(l => l.Platform)];

    public static PlatformCopyLimits? For(string platform) => All.FirstOrDefault(l => l.Platform == platform);
}
