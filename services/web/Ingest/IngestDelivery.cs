using System.Text.Json;

namespace AdFlux.Web.Ingest;

/// <summary>A raw webhook delivery ingest stored, with its payload.</summary>
public sealed record IngestDelivery(
    Guid Id, long Seq, string Source, string? DeliveryId, Guid? ClientProfileId, DateTimeOffset ReceivedAt, string PayloadHash, int EventCount, JsonElement Payload);
