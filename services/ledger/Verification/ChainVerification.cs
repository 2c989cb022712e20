namespace AdFlux.Ledger.Verification;

/// <param name="Ok">Every link holds and every signed checkpoint matches the chain.</param>
/// <param name="Count">Rows verified before the first broken link (all of them when ok).</param>
/// <param name="FirstBrokenLink">What broke first, if anything.</param>
/// <param name="CheckpointsVerified">Signed checkpoints the chain was checked against.</param>
/// <param name="LatestCheckpointAt">When the newest checkpoint was signed; a gap longer than the checkpoint interval is worth a look.</param>
public sealed record ChainVerification(bool Ok, long Count, BrokenLink? FirstBrokenLink, int CheckpointsVerified, DateTimeOffset? LatestCheckpointAt);
