using AdFlux.MlDetection.Analysis;

namespace AdFlux.MlDetection.Api;

/// <summary>What one image contains; <c>ImageId</c> finds the stored rows again (GET /api/ml/detections/{imageId}).</summary>
public sealed record AnalysisResponse(
    Guid ImageId,
    int Width,
    int Height,
    string Model,
    string ModelVersion,
    IReadOnlyList<FindingDto> Detections,
    IReadOnlyList<AnomalyDto> Anomalies,
    TimingsDto Timings)
{
    public static AnalysisResponse From(ImageAnalysis a) => new(
        a.ImageId, a.Width, a.Height, a.Model.Name, a.Model.Version,
        a.Findings.Select(f => new FindingDto(f.Label, Math.Round(f.Confidence, 4), Box(f.Box), f.Text, Corners(f.Quad), f.Quad?.Angle)).ToList(),
        a.Anomalies.Select(m => new AnomalyDto(m.Kind, m.Severity, m.Language, m.MatchedText, Box(m.Box))).ToList(),
        new TimingsDto(a.Timings.DecodeMs, a.Timings.PreprocessMs, a.Timings.InferenceMs, a.Timings.PostprocessMs, a.Timings.TotalMs));

    private static float[][]? Corners(Detection.Quad? quad) => quad is { } q
        ? [.. Enumerable.Range(0, 4).Select(i => new[] { MathF.Round(q[i].X, 1), MathF.Round(q[i].Y, 1) })]
        : null;

    private static BoxDto Box(Detection.PixelBox b) => new(MathF.Round(b.X, 1), MathF.Round(b.Y, 1), MathF.Round(b.Width, 1), MathF.Round(b.Height, 1));
}
