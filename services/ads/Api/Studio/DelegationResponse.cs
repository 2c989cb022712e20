using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Api.Studio;

public sealed record DelegationResponse(int Round, int Step, Guid FromUserId, Guid ToUserId, string? Reason, DateTimeOffset At)
{
    public static DelegationResponse From(ApprovalDelegation d) => new(d.Round, d.Step + 1, d.FromUserId, d.ToUserId, d.Reason, d.At);
}
