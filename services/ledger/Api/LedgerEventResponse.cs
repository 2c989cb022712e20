using System.Text.Json;
using AdFlux.Ledger.Data;

namespace AdFlux.Ledger.Api;

public sealed record LedgerEventResponse(
    long Position,
    Guid EventId,
    string EventType,
    string SourceService,
    Guid? CorrelationId,
    Guid? CausationId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    JsonElement Payload,
    string PreviousHash,
    string Hash)
{
    public static LedgerEventResponse From(LedgerEvent e)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new(e.Position, e.EventId, e.EventType, e.SourceService, e.CorrelationId, e.CausationId,
            e.OccurredAt, e.RecordedAt, payload.RootElement.Clone(), e.PreviousHash, e.Hash);
    }
}
