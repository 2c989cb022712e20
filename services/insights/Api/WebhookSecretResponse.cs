namespace AdFlux.Insights.Api;

/// <summary>
/// An endpoint with its signing secret (<c>whsec_</c>…), returned only when the secret is made:
/// keep it, AdFlux never shows it again. Verify deliveries with any Standard Webhooks library.
/// </summary>
public sealed record WebhookSecretResponse(WebhookEndpointResponse Endpoint, string Secret);
