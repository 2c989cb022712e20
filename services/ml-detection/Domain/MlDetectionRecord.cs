using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.MlDetection.Domain;

/// <summary>
/// One row of <c>ml_detections</c> (seed 000): what a model found in one image, its box in source
/// pixels, whether it is an anomaly, how long the image took and which model version said so.
/// </summary>
public sealed class MlDetectionRecord : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    /// <summary>The analysed image: an upload's id, or a sampled frame's id.</summary>
    public Guid ImageId { get; init; }

    /// <summary><c>object</c>, <c>face</c> or <c>text</c>.</summary>
    public required string DetectionType { get; init; }

    public required string Label { get; init; }

    public double Confidence { get; init; }

    public float BoxX { get; init; }

    public float BoxY { get; init; }

    public float BoxWidth { get; init; }

    public float BoxHeight { get; init; }

    public string? Text { get; init; }

    public bool AnomalyFlag { get; init; }

    /// <summary>Whole-image time (decode to post-process) in milliseconds.</summary>
    public double ProcessingTimeMs { get; init; }

    public required string Model { get; init; }

    public required string ModelVersion { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
