using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Copy;
using AdFlux.ServiceDefaults.AI;

namespace AdFlux.Ads.Api.Studio;

/// <summary>One generation of a request's copy: per platform (flagged with reasons where a rule still failed), who answered, tokens and cost.</summary>
public sealed record CopyResponse(
    Guid Id,
    Guid ContentRequestId,
    string Language,
    ChatProvider Provider,
    IReadOnlyList<PlatformCopy> Platforms,
    bool Flagged,
    ChatUsage Usage,
    Guid RequestedBy,
    DateTimeOffset CreatedAt)
{
    public static CopyResponse From(StudioCopy c) => new(c.Id, c.ContentRequestId, c.Language, new ChatProvider(c.Provider, c.Model, c.IsSandbox), c.Platforms, c.Flagged,
        new ChatUsage(c.InputTokens, c.OutputTokens, c.Cost, c.Currency, c.CostNote), c.RequestedBy, c.CreatedAt);
}
