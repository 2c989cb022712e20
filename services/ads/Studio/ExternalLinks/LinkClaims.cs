namespace AdFlux.Ads.Studio.ExternalLinks;

/// <summary>What a signed external-approval token says.</summary>
public sealed record LinkClaims(Guid LinkId, Guid TenantId, Guid ContentRequestId, int Round, int Step, DateTimeOffset ExpiresAt);
