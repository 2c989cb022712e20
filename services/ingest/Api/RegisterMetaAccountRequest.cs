namespace AdFlux.Ingest.Api;

/// <summary>A page, Instagram account or ad account whose Meta webhooks belong to a client profile of the caller's tenant.</summary>
public sealed record RegisterMetaAccountRequest(string? AccountId, string? Kind, Guid? ClientProfileId);
