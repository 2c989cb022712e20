using AdFlux.MlDetection.Anomalies;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Models;

namespace AdFlux.MlDetection.Analysis;

/// <summary>One analysed image: its size, the model, what it found, anomaly notices (text only) and the stage timings.</summary>
public sealed record ImageAnalysis(
    Guid ImageId,
    AnalysisKind Kind,
    int Width,
    int Height,
    ModelDescriptor Model,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<AnomalyMatch> Anomalies,
    Timings Timings);
