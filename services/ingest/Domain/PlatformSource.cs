using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// A client profile's YouTube channels or Spotify artists that ingest pulls figures of (table
/// <c>platform_sources</c>), with the tenant's credential for that platform (encrypted) and whether the
/// platform last refused it.
/// </summary>
public sealed class PlatformSource : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary><c>youtube</c> or <c>spotify</c>.</summary>
    public required string Platform { get; set; }

    /// <summary>YouTube channel ids or Spotify artist ids.</summary>
    public string[] EntityIds { get; set; } = [];

    /// <summary>YouTube video ids whose lifetime statistics are pulled too (none for Spotify).</summary>
    public string[] VideoIds { get; set; } = [];

    /// <summary>The credential (JSON: a Google OAuth client and refresh token, or a Spotify app's client id and secret), encrypted with the ingest secrets key.</summary>
    public required byte[] Credential { get; set; }

    /// <summary>When the platform refused the credential; pulls wait until it is replaced.</summary>
    public DateTimeOffset? CredentialRefusedAt { get; set; }

    public string? CredentialError { get; set; }

    public DateTimeOffset? LastPullAt { get; set; }

    /// <summary><c>succeeded</c>, <c>failed</c> or <c>credential_refused</c>.</summary>
    public string? LastOutcome { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
