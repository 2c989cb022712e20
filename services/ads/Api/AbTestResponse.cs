using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

/// <summary>A test, its plan and, once concluded, the decision.</summary>
public sealed record AbTestResponse(
    Guid Id,
    Guid CampaignId,
    string Metric,
    Guid ControlAdId,
    IReadOnlyList<Guid> VariantAdIds,
    double BaselineRate,
    double MinimumDetectableEffect,
    double Alpha,
    double Power,
    long PlannedSamplePerArm,
    string Status,
    Guid? WinnerAdId,
    double? Effect,
    double? IntervalLow,
    double? IntervalHigh,
    double? PValue,
    double? ProbabilityToBeatControl,
    DateTimeOffset? ConcludedAt)
{
    public static AbTestResponse From(AbTest t) => new(
        t.Id, t.CampaignId, t.Metric, t.ControlAdId, t.VariantAdIds, t.BaselineRate, t.MinimumDetectableEffect, t.Alpha, t.Power,
        t.PlannedSamplePerArm, t.ConcludedAt is null ? "running" : "concluded", t.WinnerAdId, t.Effect, t.IntervalLow, t.IntervalHigh, t.PValue,
        t.ProbabilityToBeatControl, t.ConcludedAt);
}
