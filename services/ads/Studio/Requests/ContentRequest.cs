using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Variants;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Requests;

/// <summary>
/// A brief for creatives and its way through review. While in review it sits at one step of its
/// workflow (<see cref="CurrentStep"/>, 0-based) entered at <see cref="StepEnteredAt"/>; a request
/// sent back for changes starts a new <see cref="Round"/>, so earlier votes no longer count.
/// </summary>
public sealed class ContentRequest : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid? CampaignId { get; set; }

    /// <summary>The video clip (video's id) whose rendered variants belong to this request.</summary>
    public Guid? ClipId { get; set; }

    public required string Title { get; set; }

    public string? Brief { get; set; }

    public List<string> Platforms { get; set; } = [];

    public List<string> Formats { get; set; } = [];

    public List<string> CopyNeeds { get; set; } = [];

    public DateTimeOffset? DueAt { get; set; }

    public required string Status { get; set; }

    public Guid CreatedBy { get; set; }

    public Guid? WorkflowId { get; set; }

    public int? CurrentStep { get; set; }

    public DateTimeOffset? StepEnteredAt { get; set; }

    /// <summary>The current step went past its timeout and its escalation approver may decide.</summary>
    public bool Escalated { get; set; }

    public int Round { get; set; }

    /// <summary>Which escalation worker holds the request, and until when (see <c>EscalationQueue</c>).</summary>
    public string? EscalationLeaseOwner { get; set; }

    public DateTimeOffset? EscalationLeaseExpiresAt { get; set; }

    /// <summary>Bumped on every change: two decisions racing on one step cannot both win.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RequestTransition> Transitions { get; set; } = [];

    public List<StudioAsset> Assets { get; set; } = [];

    public List<ApprovalDecision> Decisions { get; set; } = [];

    public List<ApprovalDelegation> Delegations { get; set; } = [];

    public List<StudioVideoVariant> VideoVariants { get; set; } = [];

    /// <summary>The worst asset's compliance score; null while there is no scored asset.</summary>
    public double? ComplianceScore => Assets.Count == 0 ? null : Assets.Min(a => a.Score);
}
