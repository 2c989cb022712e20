namespace AdFlux.Ingest.Api;

/// <summary>The answer to a delivery: the stored row (or the earlier one it repeats) and how many events it made.</summary>
public sealed record WebhookReceipt(Guid DeliveryId, bool Duplicate, int Events);
