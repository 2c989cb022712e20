namespace AdFlux.Identity.Api.ApiKeys;

/// <summary>
/// A key for a machine caller; <c>Role</c> defaults to viewer, <c>ExpiresAt</c> to never. A viewer key
/// may be limited to <c>ClientProfileIds</c>, enforced like a limited viewer's token in every service.
/// </summary>
public sealed record CreateApiKeyRequest(string? Name, string? Role, DateTimeOffset? ExpiresAt, IReadOnlyList<Guid>? ClientProfileIds = null);
