using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>
/// One event sent to one endpoint: <see cref="WebhookId"/> is the <c>webhook-id</c> header of every
/// attempt; <see cref="Status"/> pending (with <see cref="NextAttemptAt"/>), succeeded or failed.
/// </summary>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    string WebhookId,
    Guid EndpointId,
    Guid EventId,
    string EventType,
    string Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<WebhookAttemptResponse> AttemptLog)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d, IEnumerable<WebhookAttempt> attempts) =>
        new(d.Id, WebhookDelivery.WebhookId(d.Id), d.EndpointId, d.EventId, d.EventType, d.Status, d.Attempts, d.LastStatusCode, d.LastError,
            d.CreatedAt, d.LastAttemptAt, d.Status == WebhookDeliveryStatus.Pending ? d.NextRunAt : null, d.DeliveredAt,
            attempts.OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id).Select(WebhookAttemptResponse.From).ToList());
}
