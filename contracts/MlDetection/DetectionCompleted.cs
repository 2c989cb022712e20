namespace AdFlux.Contracts.MlDetection;

/// <summary>
/// A model finished with one image: an upload (<c>SubjectType</c> "upload") or a video frame
/// ("frame", <c>SubjectId</c> the frame id, <c>VideoId</c> its video). Boxes are normalised to 0..1.
/// </summary>
public sealed record DetectionCompleted(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid DetectionId,
    string SubjectType,
    Guid SubjectId,
    string Model,
    IReadOnlyList<DetectedObject> Objects,
    Guid? VideoId = null,
    double? AtSeconds = null,
    string? ModelVersion = null) : IIntegrationEvent;
