namespace AdFlux.Web.FirstPaint.Benchmark;

/// <summary>Nearest-rank percentiles of a sample.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Describe(IReadOnlyList<double> samples) =>
        $"p50 {Of(samples, 0.5):0} ms, p95 {Of(samples, 0.95):0} ms, min {samples.Min():0} ms, max {samples.Max():0} ms";
}
