using System.Text.Json;
using AdFlux.Ledger.Data;

namespace AdFlux.Ledger.Api;

public sealed record DeadLetterResponse(
    Guid Id, Guid MessageId, string MessageType, string Queue, string Error, DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt, int Failures, DateTimeOffset? ReplayedAt, int Replays, JsonElement Payload)
{
    public static DeadLetterResponse From(DeadLetter d)
    {
        using var payload = JsonDocument.Parse(d.Payload);
        return new(d.Id, d.MessageId, d.MessageType, d.Queue, d.Error, d.FirstSeenAt, d.LastSeenAt, d.Failures,
            d.ReplayedAt, d.Replays, payload.RootElement.Clone());
    }
}
