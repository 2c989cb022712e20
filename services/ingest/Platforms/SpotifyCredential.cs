namespace AdFlux.Ingest.Platforms;

/// <summary>A Spotify app's client id and secret (client-credentials flow).</summary>
public sealed record SpotifyCredential(string ClientId, string ClientSecret);
