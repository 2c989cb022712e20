namespace AdFlux.Web.Studio;

/// <summary>A content request of the creative studio as ads answers it: what the approval queue shows of it.</summary>
public sealed record StudioRequest(
    Guid Id,
    Guid ClientProfileId,
    Guid? CampaignId,
    string Title,
    string? Brief,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Formats,
    DateTimeOffset? DueAt,
    string Status,
    CurrentStep? CurrentStep,
    int Round,
    double? ComplianceScore,
    IReadOnlyList<StudioAsset> Assets,
    IReadOnlyList<StudioDecision> Decisions,
    DateTimeOffset CreatedAt)
{
    /// <summary>The status of a request waiting for a decision.</summary>
    public const string InReview = "in_review";
}
