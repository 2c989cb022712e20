namespace AdFlux.Identity.Api.ApiKeys;

/// <summary>A key for a machine caller; <c>Role</c> defaults to viewer, <c>ExpiresAt</c> to never.</summary>
public sealed record CreateApiKeyRequest(string? Name, string? Role, DateTimeOffset? ExpiresAt);
