namespace AdFlux.Ingest.Webhooks;

/// <summary>A delivery that passed authentication, signature and validation, ready to be stored.</summary>
public sealed record IncomingDelivery(
    Guid TenantId,
    Guid? ClientProfileId,
    string Source,
    string? DeliveryId,
    string PayloadHash,
    string Payload,
    DateTimeOffset ReceivedAt);
