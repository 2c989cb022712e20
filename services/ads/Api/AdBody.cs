namespace AdFlux.Ads.Api;

/// <summary>An ad's copy and creative: <c>creativeKind</c> image (an image hash) or video (a video id) on the campaign's platform.</summary>
public sealed record AdBody(
    string? Name,
    string? Headline,
    string? PrimaryText,
    string? CallToAction,
    string? LinkUrl,
    string? CreativeKind,
    string? CreativeAssetId);
