using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Api.Studio;

/// <summary>A decision; <c>step</c> counts from 1.</summary>
public sealed record DecisionResponse(int Round, int Step, string Decision, Guid? DeciderUserId, Guid? OnBehalfOf, string Via, string? Comment, DateTimeOffset At)
{
    public static DecisionResponse From(ApprovalDecision d) => new(d.Round, d.Step + 1, d.Kind, d.DeciderUserId, d.OnBehalfOf, d.Via, d.Comment, d.At);
}
