using MathNet.Numerics.Distributions;

namespace AdFlux.Insights.Analytics.Statistics;

/// <summary>
/// An ordinary least-squares line y = a + b·x and its prediction interval for a new observation
/// at x₀: ŷ ± t(1−α/2, n−2) · s · √(1 + 1/n + (x₀ − x̄)² / Sxx), s² = SSE / (n − 2).
/// </summary>
public sealed record LinearTrend(double Intercept, double Slope, double ResidualStandardError, int Count, double MeanX, double SumSquaresX)
{
    public const int MinimumPoints = 3;

    /// <summary>The fitted line; null with fewer than <see cref="MinimumPoints"/> points or all at one x.</summary>
    public static LinearTrend? Fit(IReadOnlyList<(double X, double Y)> points)
    {
        var n = points.Count;
        if (n < MinimumPoints)
        {
            return null;
        }
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        double sxx = 0, sxy = 0;
        foreach (var (x, y) in points)
        {
            sxx += (x - meanX) * (x - meanX);
            sxy += (x - meanX) * (y - meanY);
        }
        if (sxx == 0)
        {
            return null;
        }
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var sse = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        return new LinearTrend(intercept, slope, Math.Sqrt(sse / (n - 2)), n, meanX, sxx);
    }

    public double Predict(double x) => Intercept + Slope * x;

    /// <summary>The prediction and its two-sided interval at <paramref name="confidence"/> (e.g. 0.95).</summary>
    public (double Value, double Lower, double Upper) PredictWithInterval(double x, double confidence)
    {
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "The confidence level must lie strictly between 0 and 1.");
        }
        var value = Predict(x);
        var t = StudentT.InvCDF(0, 1, Count - 2, 1 - (1 - confidence) / 2);
        var halfWidth = t * ResidualStandardError * Math.Sqrt(1 + 1.0 / Count + (x - MeanX) * (x - MeanX) / SumSquaresX);
        return (value, value - halfWidth, value + halfWidth);
    }
}
