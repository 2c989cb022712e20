namespace AdFlux.Ledger.Verification;

/// <summary>The first row whose link does not hold, and why.</summary>
public sealed record BrokenLink(long Position, Guid EventId, string Reason, string StoredHash, string ExpectedHash);
