using AdFlux.Ads.Creatives.Variants;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// An asset's rendered variants and the regions of interest that steered their crops; when
/// ml-detection could not be asked, <c>regionsAvailable</c> is false, <c>regionsNote</c> says why and the crops fell back to saliency.
/// </summary>
public sealed record AssetVariantsResponse(
    Guid AssetId,
    bool RegionsAvailable,
    string? RegionsNote,
    IReadOnlyList<RegionOfInterest> Regions,
    IReadOnlyList<AssetVariantResponse> Variants);
