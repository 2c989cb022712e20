using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>One try at sending a <see cref="WebhookDelivery"/> (table <c>webhook_attempts</c>): the delivery log.</summary>
public sealed class WebhookAttempt : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid DeliveryId { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    /// <summary>The endpoint's HTTP status, or null when no response came (refused target, timeout, connection error).</summary>
    public int? StatusCode { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }

    /// <summary>True when a person asked for this send (replay) rather than the retry schedule.</summary>
    public bool Replay { get; set; }
}
