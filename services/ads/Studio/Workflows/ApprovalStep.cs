using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// One step: who approves (named users and/or everyone with a role), whether one or all named
/// users must, the compliance score an approval needs, the score at which the step passes by
/// itself, and who may decide once nobody has within <see cref="EscalateAfter"/>.
/// </summary>
public sealed class ApprovalStep : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid WorkflowId { get; set; }

    /// <summary>0-based order within the workflow.</summary>
    public int Position { get; set; }

    public required string Name { get; set; }

    public List<Guid> ApproverUserIds { get; set; } = [];

    public string? ApproverRole { get; set; }

    public required string Rule { get; set; }

    public double? MinComplianceScore { get; set; }

    public double? AutoApproveAtScore { get; set; }

    public TimeSpan? EscalateAfter { get; set; }

    public Guid? EscalateTo { get; set; }

    public bool IsApprover(Approver who) =>
        (who.UserId is { } user && ApproverUserIds.Contains(user)) || (ApproverRole is not null && who.Role == ApproverRole);
}
