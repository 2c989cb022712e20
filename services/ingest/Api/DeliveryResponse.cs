using System.Text.Json;
using AdFlux.Ingest.Domain;

namespace AdFlux.Ingest.Api;

/// <summary>A stored delivery with its raw payload.</summary>
public sealed record DeliveryResponse(
    Guid Id,
    long Seq,
    string Source,
    string? DeliveryId,
    Guid? ClientProfileId,
    DateTimeOffset ReceivedAt,
    string PayloadHash,
    int EventCount,
    JsonElement Payload)
{
    public static DeliveryResponse From(WebhookDelivery delivery)
    {
        using var payload = JsonDocument.Parse(delivery.Payload);
        return new DeliveryResponse(
            delivery.Id, delivery.Seq, delivery.Source, delivery.DeliveryId, delivery.ClientProfileId,
            delivery.ReceivedAt, delivery.PayloadHash, delivery.EventCount, payload.RootElement.Clone());
    }
}
