using AdFlux.Identity.Domain;

namespace AdFlux.Identity.Api.ApiKeys;

public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    string Prefix,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    IReadOnlyList<Guid> ClientProfileIds)
{
    public static ApiKeyResponse From(ApiKey key) =>
        new(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.ClientProfileIds);
}
