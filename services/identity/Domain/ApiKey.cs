using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Identity.Domain;

/// <summary>A tenant's key for machine callers. Only a hash of the secret is stored; the key is shown once.</summary>
public sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public required string Name { get; set; }

    /// <summary>The start of the key, so people can tell their keys apart.</summary>
    public required string Prefix { get; init; }

    public required byte[] SecretHash { get; init; }

    public required string Role { get; init; }

    /// <summary>For a viewer key: the client profiles it may see, enforced like a viewer's; empty means all of the tenant's.</summary>
    public List<Guid> ClientProfileIds { get; init; } = [];

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
