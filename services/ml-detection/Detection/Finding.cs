namespace AdFlux.MlDetection.Detection;

/// <summary>One finding of a model: class, score and where it is in the source image.</summary>
public sealed record Finding(string Label, float Confidence, PixelBox Box, int ClassId = 0, string? Text = null);
