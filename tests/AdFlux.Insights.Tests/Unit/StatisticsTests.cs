using AdFlux.Insights.Analytics.Statistics;

namespace AdFlux.Insights.Tests.Unit;

public sealed class StatisticsTests
{
    [Fact]
    public void Pearson_matches_the_worked_example()
    {
        // x̄ = 3, ȳ = 4; Sxy = 6, Sxx = 10, Syy = 6 → r = 6 / √60.
        var r = Pearson.Correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
        Assert.Equal(6 / Math.Sqrt(60), r!.Value, 12);
    }

    [Fact]
    public void Pearson_is_undefined_for_too_few_pairs_or_a_constant_side()
    {
        Assert.Null(Pearson.Correlation([1, 2], [3, 4]));
        Assert.Null(Pearson.Correlation([1, 2, 3], [7, 7, 7]));
        Assert.Equal(-1, Pearson.Correlation([1, 2, 3], [3, 2, 1])!.Value, 12);
    }

    [Fact]
    public void The_best_lag_is_the_one_at_which_the_follower_repeats_the_leader()
    {
        var start = new DateOnly(2026, 11, 1);
        double[] views = [5, 9, 2, 8, 3, 7, 1, 6, 4, 10, 2, 9, 5, 3];
        var leader = views.Select((v, i) => (Day: start.AddDays(i), Value: v)).ToDictionary(p => p.Day, p => p.Value);
        // Streams three days after each day's views: 2 × views + 10.
        var follower = views.Select((v, i) => (Day: start.AddDays(i + 3), Value: 2 * v + 10)).ToDictionary(p => p.Day, p => p.Value);

        var result = LaggedCorrelation.Compute(leader, follower, maxLag: 7);

        Assert.Equal(8, result.Lags.Count);
        Assert.Equal(3, result.BestLag);
        Assert.Equal(1, result.BestR!.Value, 12);
        Assert.Equal(14, result.BestPairs);
        Assert.All(result.Lags.Where(l => l.Lag != 3), l => Assert.True(l.R < 0.999));
        Assert.Equal(11, result.Lags[0].Pairs);
    }

    [Fact]
    public void The_linear_trend_and_its_prediction_interval_match_the_worked_example()
    {
        // y = 2.2 + 0.6x; residuals −0.8, 0.6, 1, −0.6, −0.2 → SSE 2.4, s = √0.8; at x₀ = 6:
        // ŷ = 5.8 ± t(0.975, 3) · s · √(1 + 1/5 + 9/10), t(0.975, 3) = 3.182446305284263.
        var trend = LinearTrend.Fit([(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)])!;
        Assert.Equal(2.2, trend.Intercept, 12);
        Assert.Equal(0.6, trend.Slope, 12);
        Assert.Equal(Math.Sqrt(0.8), trend.ResidualStandardError, 12);

        var (value, lower, upper) = trend.PredictWithInterval(6, 0.95);
        var halfWidth = 3.182446305284263 * Math.Sqrt(0.8) * Math.Sqrt(2.1);
        Assert.Equal(5.8, value, 12);
        Assert.Equal(5.8 - halfWidth, lower, 9);
        Assert.Equal(5.8 + halfWidth, upper, 9);
    }

    [Fact]
    public void No_trend_is_fitted_to_too_few_points_or_a_single_day()
    {
        Assert.Null(LinearTrend.Fit([(1, 2), (2, 3)]));
        Assert.Null(LinearTrend.Fit([(1, 2), (1, 3), (1, 4)]));
    }
}
