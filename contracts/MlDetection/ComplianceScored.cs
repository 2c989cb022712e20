namespace AdFlux.Contracts.MlDetection;

/// <summary>
/// An image was scored against a brand's rules (seed 003): <c>Score</c> in [0, 1] and the parts
/// (colour 0.25, logo 0.30, typography 0.20, layout 0.25) with a reason for each; <c>ImageId</c> the
/// stored image scored, when it was one.
/// </summary>
public sealed record ComplianceScored(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    string SubjectType,
    Guid SubjectId,
    double Score,
    IReadOnlyDictionary<string, double> Components,
    IReadOnlyDictionary<string, string>? Reasons = null,
    Guid? ImageId = null) : IIntegrationEvent;
