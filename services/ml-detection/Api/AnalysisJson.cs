namespace AdFlux.MlDetection.Api;

/// <summary>
/// The JSON form of an analysis request: images as base64 (<c>image</c>, or <c>images</c> for a batch)
/// or by the id of a stored image, an earlier analysed upload or a frame video sampled
/// (<c>imageId</c>, or <c>imageIds</c> for a batch).
/// </summary>
public sealed record AnalysisJson(
    string? Image, IReadOnlyList<string>? Images, string? Model, float? Confidence, float? IoU,
    Guid? ImageId = null, IReadOnlyList<Guid>? ImageIds = null);
