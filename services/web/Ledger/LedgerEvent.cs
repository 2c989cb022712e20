namespace AdFlux.Web.Ledger;

/// <summary>A recorded event, as the ledger lists it (payload left out: the console shows the chain).</summary>
public sealed record LedgerEvent(
    long Position,
    Guid EventId,
    string EventType,
    string SourceService,
    Guid? CorrelationId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Hash);
