namespace AdFlux.Web.Ledger;

/// <summary>The ledger's verdict on the tenant's hash chain.</summary>
public sealed record ChainVerification(bool Ok, long Count, BrokenLink? FirstBrokenLink, int CheckpointsVerified, DateTimeOffset? LatestCheckpointAt);
