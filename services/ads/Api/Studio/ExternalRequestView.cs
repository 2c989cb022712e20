namespace AdFlux.Ads.Api.Studio;

/// <summary>What an external approver sees: the brief, the step they decide, and the assets with their scores.</summary>
public sealed record ExternalRequestView(
    Guid ContentRequestId,
    string Title,
    string? Brief,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Formats,
    DateTimeOffset? DueAt,
    string Status,
    int Step,
    string StepName,
    string ApproverName,
    double? ComplianceScore,
    IReadOnlyList<ExternalAssetView> Assets,
    DateTimeOffset ExpiresAt);
