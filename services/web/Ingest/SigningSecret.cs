namespace AdFlux.Web.Ingest;

/// <summary>A webhook source's signing secret, without its value.</summary>
public sealed record SigningSecret(Guid Id, string Source, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
