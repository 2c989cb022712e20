namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// One approval step: approvers by user id and/or role, rule any or all (all: every named user),
/// the compliance score an approval needs, the score at which the step passes by itself, and who
/// may decide once nobody has within <c>escalateAfterMinutes</c>.
/// </summary>
public sealed record StepBody(
    string? Name,
    IReadOnlyList<Guid>? ApproverUserIds,
    string? ApproverRole,
    string? Rule,
    double? MinComplianceScore,
    double? AutoApproveAtScore,
    int? EscalateAfterMinutes,
    Guid? EscalateTo);
