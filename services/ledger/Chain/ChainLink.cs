using System.Text.Json;

namespace AdFlux.Ledger.Chain;

/// <summary>What one ledger row's hash covers: every stored column but the hash itself.</summary>
public sealed record ChainLink(
    Guid TenantId,
    long Position,
    Guid EventId,
    string EventType,
    string SourceService,
    Guid? CorrelationId,
    Guid? CausationId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    JsonElement Payload,
    string PreviousHash);
