using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Api.Studio;

public sealed record RequestResponse(
    Guid Id,
    Guid ClientProfileId,
    Guid? CampaignId,
    Guid? ClipId,
    string Title,
    string? Brief,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> CopyNeeds,
    DateTimeOffset? DueAt,
    string Status,
    Guid? WorkflowId,
    CurrentStepResponse? CurrentStep,
    int Round,
    double? ComplianceScore,
    IReadOnlyList<AssetResponse> Assets,
    IReadOnlyList<VideoVariantResponse> VideoVariants,
    IReadOnlyList<TransitionResponse> History,
    IReadOnlyList<DecisionResponse> Decisions,
    IReadOnlyList<DelegationResponse> Delegations,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static RequestResponse From(ContentRequest r, ApprovalWorkflow? workflow) => new(
        r.Id, r.ClientProfileId, r.CampaignId, r.ClipId, r.Title, r.Brief, r.Platforms, r.Formats, r.CopyNeeds, r.DueAt, r.Status, r.WorkflowId,
        workflow is not null && ApprovalEngine.Current(r, workflow) is { } step ? new CurrentStepResponse(StepResponse.From(step), r.StepEnteredAt, r.Escalated) : null,
        r.Round, r.ComplianceScore,
        r.Assets.OrderBy(a => a.CreatedAt).Select(AssetResponse.From).ToList(),
        r.VideoVariants.OrderBy(v => v.RenderedAt).ThenBy(v => v.Platform).Select(VideoVariantResponse.From).ToList(),
        r.Transitions.OrderBy(t => t.Sequence).Select(TransitionResponse.Of).ToList(),
        r.Decisions.OrderBy(d => d.Round).ThenBy(d => d.Step).ThenBy(d => d.At).Select(DecisionResponse.From).ToList(),
        r.Delegations.OrderBy(d => d.At).Select(DelegationResponse.From).ToList(),
        r.CreatedBy, r.CreatedAt, r.UpdatedAt);
}
