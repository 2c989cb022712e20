namespace AdFlux.MlDetection.Api;

/// <summary>A box in source-image pixels: top-left corner, width and height.</summary>
public sealed record BoxDto(float X, float Y, float Width, float Height);
