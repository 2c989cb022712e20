namespace AdFlux.Ledger.Verification;

public sealed record ChainVerification(bool Ok, long Count, BrokenLink? FirstBrokenLink);
