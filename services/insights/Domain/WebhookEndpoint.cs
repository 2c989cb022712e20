using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// Where a tenant wants AdFlux events sent (table <c>webhook_endpoints</c>), e.g. an n8n or Zapier
/// webhook trigger (seed 000 "Webhook Outputs"). <see cref="Secret"/> signs every delivery and is
/// shown to the tenant only when made. <see cref="FailingSince"/> is the first failed attempt
/// since the last success; after <c>Insights:Webhooks:DisableAfter</c> of failures the endpoint is
/// disabled with <see cref="DisabledReason"/>.
/// </summary>
public sealed class WebhookEndpoint : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public required string Url { get; set; }

    public string? Description { get; set; }

    /// <summary>Names from <see cref="Webhooks.WebhookEventTypes.All"/>.</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>A Standard Webhooks secret, <c>whsec_</c> and base64 of its key bytes.</summary>
    public required string Secret { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset? FailingSince { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
