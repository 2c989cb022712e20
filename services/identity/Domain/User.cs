using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Identity.Domain;

/// <summary>A person who logs in: admin of the tenant, or viewer (optionally limited to some client profiles).</summary>
public sealed class User : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public required string Email { get; set; }

    /// <summary>Upper-invariant email; unique across tenants because login is by email alone.</summary>
    public required string NormalizedEmail { get; set; }

    public string PasswordHash { get; set; } = "";

    public required string Role { get; set; }

    /// <summary>For a viewer: the client profiles it may see; empty means all of the tenant's.</summary>
    public List<Guid> ClientProfileIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
