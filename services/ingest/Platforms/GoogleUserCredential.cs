namespace AdFlux.Ingest.Platforms;

/// <summary>An OAuth client and a channel owner's refresh token (YouTube Analytics needs the owner's consent).</summary>
public sealed record GoogleUserCredential(string ClientId, string ClientSecret, string RefreshToken);
