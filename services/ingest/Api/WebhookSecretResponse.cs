using AdFlux.Ingest.Domain;

namespace AdFlux.Ingest.Api;

/// <summary>A signing secret, without its value.</summary>
public sealed record WebhookSecretResponse(Guid Id, string Source, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt)
{
    public static WebhookSecretResponse From(WebhookSecret secret) => new(secret.Id, secret.Source, secret.CreatedAt, secret.ExpiresAt);
}
