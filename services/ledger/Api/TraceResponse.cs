namespace AdFlux.Ledger.Api;

public sealed record TraceResponse(Guid CorrelationId, IReadOnlyList<TraceStep> Steps);
