namespace AdFlux.Web.Insights;

/// <summary>A registered endpoint with its signing secret: insights answers it only this once.</summary>
public sealed record WebhookSecret(WebhookEndpoint Endpoint, string Secret);
