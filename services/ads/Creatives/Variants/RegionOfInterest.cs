namespace AdFlux.Ads.Creatives.Variants;

/// <summary>A box to keep in every crop, in source-image pixels as ml-detection's findings give it (top-left corner, width, height).</summary>
public sealed record RegionOfInterest(float X, float Y, float Width, float Height, string? Label = null);
