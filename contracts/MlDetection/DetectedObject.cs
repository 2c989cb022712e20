namespace AdFlux.Contracts.MlDetection;

/// <summary>One finding; the box is normalised to 0..1 of the image.</summary>
public sealed record DetectedObject(string Label, double Confidence, double X, double Y, double Width, double Height, string? Text);
