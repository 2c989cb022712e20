using AdFlux.Ads.Creatives.Variants;
using AdFlux.Ads.Studio.Variants;

namespace AdFlux.Ads.Api.Studio;

/// <summary>One stored variant of an asset: its format, the crop it shows and how it was placed, its scale, and where its JPEG is.</summary>
public sealed record AssetVariantResponse(
    Guid Id,
    Guid AssetId,
    string Format,
    int Width,
    int Height,
    CropWindow Crop,
    double ScaleFactor,
    bool Upscaled,
    bool RegionsAvailable,
    int RegionCount,
    string ContentUrl,
    DateTimeOffset CreatedAt)
{
    public static AssetVariantResponse From(StudioAssetVariant v) => new(v.Id, v.AssetId, v.Format, v.Width, v.Height,
        new CropWindow(v.CropX, v.CropY, v.CropWidth, v.CropHeight, v.RegionsInside, v.CropStrategy), v.ScaleFactor, v.Upscaled,
        v.RegionsAvailable, v.RegionCount, $"/api/ads/studio/assets/{v.AssetId}/variants/{v.Format}/content", v.CreatedAt);
}
