namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>What one closed-loop run saw: accepted deliveries (with the ids the receipts named), other answers, latencies in ms.</summary>
public sealed record LoadResult(string Name, TimeSpan Elapsed, IReadOnlyList<Guid> AcceptedIds, int Accepted, IReadOnlyDictionary<int, int> Others, int Errors, IReadOnlyList<double> SortedLatencies)
{
    public double PerSecond => Accepted / Elapsed.TotalSeconds;

    public string Summary() =>
        $"{Name,-34} {Accepted,8} accepted in {Elapsed.TotalSeconds,5:0.0} s = {PerSecond,8:0} /s   p50 {Percentiles.Of(SortedLatencies, 0.50),7:0.0} ms   p99 {Percentiles.Of(SortedLatencies, 0.99),7:0.0} ms   max {SortedLatencies.LastOrDefault(),7:0.0} ms"
        + (Others.Count > 0 ? $"   other answers: {string.Join(", ", Others.Select(o => $"{o.Key}×{o.Value}"))}" : "")
        + (Errors > 0 ? $"   transport errors: {Errors}" : "");
}
