using AdFlux.Ads.Creatives.Variants;

namespace AdFlux.Ads.Studio.Variants;

/// <summary>
/// The faces and objects ml-detection found in an image, or, when it could not be asked
/// (<see cref="Available"/> false), none and the reason: the crop then falls back to saliency.
/// </summary>
public sealed record RegionLookup(bool Available, IReadOnlyList<RegionOfInterest> Regions, string? Note)
{
    public static RegionLookup Unavailable(string reason) => new(false, [], reason);
}
