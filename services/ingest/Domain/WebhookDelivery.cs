using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>One accepted webhook delivery, kept raw (table <c>webhook_deliveries</c>) beside the events it was normalised into.</summary>
public sealed class WebhookDelivery : ITenantOwned
{
    public Guid Id { get; set; }

    /// <summary>Insertion order, the paging cursor of <c>GET /api/ingest/deliveries</c>.</summary>
    public long Seq { get; set; }

    public Guid TenantId { get; set; }

    public Guid? ClientProfileId { get; set; }

    /// <summary><c>youtube-metrics</c>, <c>spotify-metrics</c>, <c>landing-page-metrics</c>, <c>n8n/&lt;workflow&gt;</c> or <c>meta</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The sender's delivery id (<c>X-Delivery-Id</c>), when it sent one; unique per tenant and source.</summary>
    public string? DeliveryId { get; set; }

    /// <summary>SHA-256 of the raw body (hex); the same body again within the duplicate window is a repeat.</summary>
    public required string PayloadHash { get; set; }

    /// <summary>The body as received (jsonb).</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int EventCount { get; set; }
}
