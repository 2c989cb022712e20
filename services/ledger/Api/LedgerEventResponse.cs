using System.Text.Json;
using AdFlux.Ledger.Data;

namespace AdFlux.Ledger.Api;

/// <summary>
/// A recorded event. <see cref="Redacted"/>: personal values in <see cref="Payload"/> were blanked
/// for a viewer, so the payload no longer matches <see cref="Hash"/> (verification is for admins).
/// </summary>
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
    string Hash,
    bool Redacted = false)
{
    public static LedgerEventResponse From(LedgerEvent e) => From(e, redactPersonalData: false);

    public static LedgerEventResponse From(LedgerEvent e, bool redactPersonalData)
    {
        var payload = Parse(e.Payload);
        var redacted = false;
        if (redactPersonalData)
        {
            var (node, any) = PersonalData.Redact(e.Payload);
            (payload, redacted) = (JsonSerializer.SerializeToElement(node), any);
        }
        return new(e.Position, e.EventId, e.EventType, e.SourceService, e.CorrelationId, e.CausationId,
            e.OccurredAt, e.RecordedAt, payload, e.PreviousHash, e.Hash, redacted);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
