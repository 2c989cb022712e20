namespace AdFlux.Ads.Creatives.Variants;

/// <summary>The part of the source a variant shows, in source pixels, and whether every region of interest lies inside it.</summary>
public sealed record CropWindow(int X, int Y, int Width, int Height, bool RegionsInside, string Strategy);
