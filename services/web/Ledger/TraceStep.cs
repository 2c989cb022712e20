namespace AdFlux.Web.Ledger;

/// <summary>One event of a flow and how many causes deep it sits under the flow's first event.</summary>
public sealed record TraceStep(int Depth, LedgerEvent Event);
