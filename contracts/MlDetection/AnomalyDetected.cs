namespace AdFlux.Contracts.MlDetection;

/// <summary>
/// A screenshot shows a platform notice that the account or its reach is limited (shadowban,
/// restriction, reach drop). <c>MatchedText</c> is the normalised text the rule matched;
/// <c>Location</c> is where those lines are, normalised to 0..1 of the image.
/// </summary>
public sealed record AnomalyDetected(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid DetectionId,
    string Kind,
    string Severity,
    string Description,
    Guid ImageId,
    string Language,
    string MatchedText,
    DetectedObject Location) : IIntegrationEvent;
