namespace AdFlux.Insights.Analytics.Statistics;

/// <summary>
/// How one daily series follows another: Pearson's r between the leader on day d and the
/// follower on day d + lag, for each lag from 0 to a maximum, over the days both reported.
/// </summary>
public static class LaggedCorrelation
{
    public static LaggedCorrelationResult Compute(
        IReadOnlyDictionary<DateOnly, double> leader, IReadOnlyDictionary<DateOnly, double> follower, int maxLag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        var lags = new List<LagCorrelation>();
        LagCorrelation? best = null;
        for (var lag = 0; lag <= maxLag; lag++)
        {
            var x = new List<double>();
            var y = new List<double>();
            foreach (var (day, value) in leader.OrderBy(p => p.Key))
            {
                if (follower.TryGetValue(day.AddDays(lag), out var later))
                {
                    x.Add(value);
                    y.Add(later);
                }
            }
            var result = new LagCorrelation(lag, x.Count, Pearson.Correlation(x, y));
            lags.Add(result);
            if (result.R is { } r && (best?.R is not { } bestR || r > bestR))
            {
                best = result;
            }
        }
        return new LaggedCorrelationResult(lags, best?.Lag, best?.R, best?.Pairs);
    }
}
