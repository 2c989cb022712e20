using AdFlux.Ads.Studio.Assets;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// An asset with its compliance score and the four parts' scores and reasons (the image itself is at
/// <c>contentUrl</c>), where it came from (<c>upload</c> or <c>freepik</c>) and, for stock, its licence and attribution.
/// </summary>
public sealed record AssetResponse(
    Guid Id,
    Guid ContentRequestId,
    string FileName,
    string ContentType,
    int Width,
    int Height,
    string? Platform,
    double Score,
    IReadOnlyList<CompliancePartResponse> Parts,
    string ContentUrl,
    string Source,
    StockAttribution? Stock,
    DateTimeOffset CreatedAt)
{
    public static AssetResponse From(StudioAsset a) => new(a.Id, a.ContentRequestId, a.FileName, a.ContentType, a.Width, a.Height, a.Platform, a.Score,
        [
            new("colour", 0.25, a.ColourScore, a.ColourReason),
            new("logo", 0.30, a.LogoScore, a.LogoReason),
            new("typography", 0.20, a.TypographyScore, a.TypographyReason),
            new("layout", 0.25, a.LayoutScore, a.LayoutReason),
        ],
        $"/api/ads/studio/assets/{a.Id}/content", a.Source, a.Stock, a.CreatedAt);
}
