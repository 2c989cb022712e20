namespace AdFlux.Web.Ledger;

/// <summary>Every event of one flow, in causal order, as the ledger's trace endpoint answers.</summary>
public sealed record FlowTrace(Guid CorrelationId, IReadOnlyList<TraceStep> Steps);
