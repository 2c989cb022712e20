using AdFlux.Insights.Alerts;

namespace AdFlux.Insights.Tests.Unit;

public sealed class SameWeekdayBaselineTests
{
    [Fact]
    public void Too_little_history_judges_nothing() =>
        Assert.Null(SameWeekdayBaseline.Score(1000, [100, 100, 100]));

    [Fact]
    public void The_z_score_is_against_the_mean_and_sample_deviation()
    {
        var score = SameWeekdayBaseline.Score(200, [100, 120, 80, 100, 100])!.Value;
        // Mean 100, sample deviation sqrt(800 / 4) ≈ 14.14, above the floor of 10.
        Assert.Equal(100, score.Mean, 1e-9);
        Assert.Equal(100 / Math.Sqrt(200), score.Z, 1e-9);
    }

    [Fact]
    public void A_flat_history_is_floored_at_a_tenth_of_its_mean_so_small_changes_are_not_anomalies()
    {
        var score = SameWeekdayBaseline.Score(125, [100, 100, 100, 100])!.Value;
        Assert.Equal(2.5, score.Z, 1e-9);
        Assert.True(score.Z < SameWeekdayBaseline.AnomalyZ);
    }

    [Fact]
    public void Tiny_figures_are_floored_at_one()
    {
        var score = SameWeekdayBaseline.Score(3, [0, 0, 0, 0])!.Value;
        Assert.Equal(3, score.Z, 1e-9);
    }
}
