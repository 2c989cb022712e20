using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Anomalies;

/// <summary>A rule that matched screenshot text: the text it matched and where the lines are in the image.</summary>
public sealed record AnomalyMatch(string Kind, string Severity, string Language, string MatchedText, PixelBox Box);
