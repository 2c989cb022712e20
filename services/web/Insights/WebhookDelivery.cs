namespace AdFlux.Web.Insights;

/// <summary>One event sent to one endpoint, with each attempt's status code.</summary>
public sealed record WebhookDelivery(
    Guid Id, Guid EventId, string EventType, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, IReadOnlyList<WebhookAttempt> AttemptLog);
