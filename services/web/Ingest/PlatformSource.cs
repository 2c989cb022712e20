namespace AdFlux.Web.Ingest;

/// <summary>A client profile's pulled platform source (YouTube channels, Spotify artists), without its credential.</summary>
public sealed record PlatformSource(Guid Id, Guid ClientProfileId, string Platform, IReadOnlyList<string> EntityIds, string? CredentialStatus);
