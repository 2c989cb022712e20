namespace AdFlux.MlDetection.Detection;

/// <summary>One finding of a model: class, score and where it is in the source image (text lines also as an oriented <see cref="Quad"/>).</summary>
public sealed record Finding(string Label, float Confidence, PixelBox Box, int ClassId = 0, string? Text = null, Quad? Quad = null);
