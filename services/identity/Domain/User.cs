using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Identity.Domain;

/// <summary>A person who logs in: admin of the tenant, or viewer (optionally limited to some client profiles).</summary>
public sealed class User : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public required string Email { get; set; }

    /// <summary>
    /// Upper-invariant email; unique within the tenant only, so creating a user never reveals
    /// another tenant's (login resolves an email registered in several tenants by password, or by tenant id).
    /// </summary>
    public required string NormalizedEmail { get; set; }

    public string PasswordHash { get; set; } = "";

    public required string Role { get; set; }

    /// <summary>For a viewer: the client profiles it may see; empty means all of the tenant's.</summary>
    public List<Guid> ClientProfileIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set while the user may not log in; its tokens are refused (see <c>Users/ActiveUserCheck</c>).</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>
    /// Stamped into access tokens (<c>sver</c>); raised when the user's role, scope or state changes,
    /// so identity refuses tokens issued before the change at once.
    /// </summary>
    public int SecurityVersion { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
