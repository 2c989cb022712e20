namespace AdFlux.Ingest.Api;

/// <summary>
/// A platform credential: for YouTube a Google OAuth client (id and secret) and the channel owner's refresh token;
/// for Spotify an app's client id and secret (client-credentials flow, no refresh token).
/// </summary>
public sealed record PlatformCredentialRequest(string? ClientId, string? ClientSecret, string? RefreshToken);
