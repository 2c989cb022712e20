namespace AdFlux.Ledger.Api;

/// <summary>An event of a flow; <see cref="Depth"/> counts the causes above it (0: started by a request).</summary>
public sealed record TraceStep(int Depth, LedgerEventResponse Event);
