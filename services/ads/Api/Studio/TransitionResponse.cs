using AdFlux.Ads.Studio.Requests;

namespace AdFlux.Ads.Api.Studio;

public sealed record TransitionResponse(string From, string To, Guid? ActorUserId, string Via, string? Reason, DateTimeOffset At)
{
    public static TransitionResponse Of(RequestTransition t) => new(t.FromStatus, t.ToStatus, t.ActorUserId, t.Via, t.Reason, t.At);
}
