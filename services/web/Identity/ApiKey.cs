namespace AdFlux.Web.Identity;

/// <summary>An API key without its secret.</summary>
public sealed record ApiKey(
    Guid Id,
    string Name,
    string Prefix,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    IReadOnlyList<Guid> ClientProfileIds);
