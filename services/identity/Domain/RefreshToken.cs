using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Identity.Domain;

/// <summary>
/// One link of a rotating refresh-token chain: each use spends it and issues the next in the same
/// family; presenting a spent one again means it leaked, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public Guid UserId { get; init; }

    public Guid FamilyId { get; init; }

    public required byte[] TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
