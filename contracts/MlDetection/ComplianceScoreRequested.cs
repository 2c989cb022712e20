namespace AdFlux.Contracts.MlDetection;

/// <summary>
/// A service asked for an image to be scored against a brand's rules (seed 003). <c>ImageId</c> is
/// an image ml-detection holds for the tenant: an upload it analysed or a frame video sampled.
/// Answered with <see cref="ComplianceScored"/> carrying the same <c>SubjectType</c>/<c>SubjectId</c>.
/// </summary>
public sealed record ComplianceScoreRequested(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    string SubjectType,
    Guid SubjectId,
    Guid ImageId,
    BrandRules Rules) : IIntegrationEvent;
