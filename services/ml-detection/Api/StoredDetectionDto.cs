using AdFlux.MlDetection.Domain;

namespace AdFlux.MlDetection.Api;

/// <summary>A row of ml_detections as the API shows it.</summary>
public sealed record StoredDetectionDto(
    Guid Id, Guid ImageId, string DetectionType, string Label, double Confidence, BoxDto Box, string? Text,
    bool AnomalyFlag, double ProcessingTimeMs, string Model, string ModelVersion, DateTimeOffset CreatedAt)
{
    public static StoredDetectionDto From(MlDetectionRecord r) => new(
        r.Id, r.ImageId, r.DetectionType, r.Label, r.Confidence, new BoxDto(r.BoxX, r.BoxY, r.BoxWidth, r.BoxHeight), r.Text,
        r.AnomalyFlag, r.ProcessingTimeMs, r.Model, r.ModelVersion, r.CreatedAt);
}
