namespace AdFlux.MlDetection.Benchmarks;

/// <summary>p50/p99 of a sample of milliseconds.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
