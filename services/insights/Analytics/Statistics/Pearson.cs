namespace AdFlux.Insights.Analytics.Statistics;

/// <summary>Pearson's product-moment correlation of paired samples.</summary>
public static class Pearson
{
    public const int MinimumPairs = 3;

    /// <summary>r in [-1, 1]; null with fewer than <see cref="MinimumPairs"/> pairs or when either side is constant.</summary>
    public static double? Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Both samples must have the same length.", nameof(y));
        }
        var n = x.Count;
        if (n < MinimumPairs)
        {
            return null;
        }
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0)
        {
            return null;
        }
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}
