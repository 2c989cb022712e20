namespace AdFlux.Ads.Api.Studio;

/// <summary>The link's token (shown once; only its id is stored) and the anonymous paths that use it.</summary>
public sealed record ExternalLinkResponse(Guid Id, string Token, string ViewPath, string DecisionPath, int Step, DateTimeOffset ExpiresAt);
