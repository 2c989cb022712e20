namespace AdFlux.Identity.Api.ApiKeys;

/// <summary>The only answer that contains the key itself: identity keeps just its hash.</summary>
public sealed record CreatedApiKeyResponse(
    Guid Id,
    string Name,
    string Key,
    string Prefix,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<Guid> ClientProfileIds);
