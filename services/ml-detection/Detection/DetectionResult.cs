namespace AdFlux.MlDetection.Detection;

/// <summary>What one model found in one image, with stage timings (decode filled by the caller).</summary>
public sealed record DetectionResult(IReadOnlyList<Finding> Findings, double PreprocessMs, double InferenceMs, double PostprocessMs);
