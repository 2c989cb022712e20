namespace AdFlux.Ingest.Api;

/// <summary>A client profile's YouTube channels (and optionally videos) or Spotify artists, with the tenant's credential for that platform.</summary>
public sealed record RegisterPlatformSourceRequest(
    Guid? ClientProfileId,
    string? Platform,
    IReadOnlyList<string>? EntityIds,
    IReadOnlyList<string>? VideoIds,
    PlatformCredentialRequest? Credential);
