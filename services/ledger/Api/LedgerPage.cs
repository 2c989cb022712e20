namespace AdFlux.Ledger.Api;

/// <summary>A page of events; pass <see cref="NextCursor"/> as <c>cursor</c> for the next one (null: no more).</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEventResponse> Items, long? NextCursor);
