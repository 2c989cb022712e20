using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record PlatformRuleResponse(Guid Id, string Platform, IReadOnlyList<int> ClipSeconds, int MaxClips, string Format, DateTimeOffset UpdatedAt)
{
    public static PlatformRuleResponse From(PlatformRule r) => new(r.Id, r.Platform, r.ClipSeconds, r.MaxClips, r.Format, r.UpdatedAt);
}
