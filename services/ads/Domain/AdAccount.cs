using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>
/// A client profile's account on one platform (Meta's <c>act_…</c>, Google's customer id) with its
/// OAuth credentials, encrypted at rest: Meta's long-lived token, or Google's refresh token,
/// OAuth client and developer token.
/// </summary>
public sealed class AdAccount : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Platform { get; set; }

    /// <summary>Meta's ad account id without <c>act_</c>; Google's customer id without dashes.</summary>
    public required string AccountId { get; set; }

    /// <summary>Meta: the Facebook page ads are published as.</summary>
    public string? PageId { get; set; }

    /// <summary>Google: the manager account the calls go through (<c>login-customer-id</c>).</summary>
    public string? LoginCustomerId { get; set; }

    /// <summary>The credentials as JSON, sealed by the secret protector.</summary>
    public required byte[] ProtectedCredentials { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
