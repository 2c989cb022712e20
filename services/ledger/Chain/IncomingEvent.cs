namespace AdFlux.Ledger.Chain;

/// <summary>An integration event as it arrives at the ledger, before it gets its place in the chain.</summary>
public sealed record IncomingEvent(
    Guid TenantId,
    Guid EventId,
    string EventType,
    string SourceService,
    Guid? CorrelationId,
    Guid? CausationId,
    DateTimeOffset OccurredAt,
    string PayloadJson);
