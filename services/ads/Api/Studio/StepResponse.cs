using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Api.Studio;

/// <summary>A step as the API shows it; <c>number</c> counts from 1.</summary>
public sealed record StepResponse(
    int Number,
    string Name,
    IReadOnlyList<Guid> ApproverUserIds,
    string? ApproverRole,
    string Rule,
    double? MinComplianceScore,
    double? AutoApproveAtScore,
    int? EscalateAfterMinutes,
    Guid? EscalateTo)
{
    public static StepResponse From(ApprovalStep s) => new(s.Position + 1, s.Name, s.ApproverUserIds, s.ApproverRole, s.Rule, s.MinComplianceScore,
        s.AutoApproveAtScore, s.EscalateAfter is { } after ? (int)after.TotalMinutes : null, s.EscalateTo);
}
