using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One event for one endpoint (table <c>webhook_deliveries</c>), sent until it succeeds or the
/// retry schedule runs out. Its id is the <c>webhook-id</c> header, the same on every attempt and
/// replay, so a receiver can drop repeats. <see cref="Payload"/> is the exact body signed and sent.
/// The worker leases it like a schedule row (<see cref="NextRunAt"/>, <see cref="LeaseOwner"/>).
/// </summary>
public sealed class WebhookDelivery : ITenantOwned
{
    /// <summary>The next run of a finished delivery: never, unless it is replayed.</summary>
    public static readonly DateTimeOffset Never = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid EndpointId { get; set; }

    public Guid EventId { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    /// <summary><see cref="WebhookDeliveryStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>Attempts since it was queued or last replayed; picks the next retry delay.</summary>
    public int RetryStep { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextRunAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string WebhookId(Guid deliveryId) => $"msg_{deliveryId:N}";
}
