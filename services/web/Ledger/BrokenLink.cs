namespace AdFlux.Web.Ledger;

/// <summary>Where the chain first breaks.</summary>
public sealed record BrokenLink(long Position, Guid EventId, string Reason);
