using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Copy;

namespace AdFlux.Ads.Api.Studio;

/// <summary>One generation of a request's copy: per platform (flagged with reasons where a rule still failed), who answered, tokens and cost.</summary>
public sealed record CopyResponse(
    Guid Id,
    Guid ContentRequestId,
    string Language,
    CopyProvider Provider,
    IReadOnlyList<PlatformCopy> Platforms,
    bool Flagged,
    CopyUsage Usage,
    Guid RequestedBy,
    DateTimeOffset CreatedAt)
{
    public static CopyResponse From(StudioCopy c) => new(c.Id, c.ContentRequestId, c.Language, new CopyProvider(c.Provider, c.Model, c.IsSandbox), c.Platforms, c.Flagged,
        new CopyUsage(c.InputTokens, c.OutputTokens, c.Cost, c.Currency, c.CostNote), c.RequestedBy, c.CreatedAt);
}
