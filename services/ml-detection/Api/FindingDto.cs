namespace AdFlux.MlDetection.Api;

/// <summary>
/// One finding. Text lines also carry <c>Quad</c>, the oriented box's corners [x, y] in reading
/// order (the text's top-left first), and <c>Angle</c>, the reading direction in degrees clockwise
/// from +x (0 upright, 90 reading downwards, ±180 upside down).
/// </summary>
public sealed record FindingDto(string Label, double Confidence, BoxDto Box, string? Text, IReadOnlyList<float[]>? Quad = null, float? Angle = null);
