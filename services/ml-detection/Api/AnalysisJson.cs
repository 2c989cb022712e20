namespace AdFlux.MlDetection.Api;

/// <summary>The JSON form of an analysis request: images as base64 (<c>image</c>, or <c>images</c> for a batch).</summary>
public sealed record AnalysisJson(string? Image, IReadOnlyList<string>? Images, string? Model, float? Confidence, float? IoU);
