namespace AdFlux.Recovery.Benchmark;

/// <summary>Seconds until the ledger's consumers were attached, and until the whole burst was recorded, per restart.</summary>
public sealed record Series(List<double> Attach, List<double> Burst, int Failed);
