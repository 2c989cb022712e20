namespace AdFlux.Ingest.Api;

/// <summary>A new signing secret: <see cref="Secret"/> is shown this once. The previous ones stop working at <see cref="PreviousValidUntil"/>.</summary>
public sealed record CreatedWebhookSecretResponse(Guid Id, string Source, string Secret, DateTimeOffset CreatedAt, DateTimeOffset? PreviousValidUntil);
