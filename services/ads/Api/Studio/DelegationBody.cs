namespace AdFlux.Ads.Api.Studio;

/// <summary>Hands the caller's decision at the current step to another user of the tenant.</summary>
public sealed record DelegationBody(Guid? ToUserId, string? Reason);
