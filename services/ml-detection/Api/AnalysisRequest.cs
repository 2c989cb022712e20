namespace AdFlux.MlDetection.Api;

/// <summary>
/// An analysis request, from <c>multipart/form-data</c> (files <c>image</c> or <c>images</c>,
/// fields <c>model</c>, <c>confidence</c>, <c>iou</c>) or JSON (<see cref="AnalysisJson"/>).
/// </summary>
public sealed record AnalysisRequest(IReadOnlyList<ImageUpload> Images, string? Model, float? Confidence, float? IoU);
