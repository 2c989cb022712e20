using AdFlux.Ads.AbTests;
using MathNet.Numerics.Distributions;

namespace AdFlux.Ads.Tests.Unit;

public sealed class AbTestStatisticsTests
{
    [Theory]
    // Fleiss' formula without continuity correction; 10 % → 12 % at α 0.05, power 0.8 is the textbook 3,841 per arm.
    [InlineData(0.10, 0.02, 0.05, 0.80, 3_841)]
    [InlineData(0.05, 0.01, 0.05, 0.80, 8_158)]
    [InlineData(0.02, 0.005, 0.05, 0.90, 18_486)]
    public void The_planned_sample_per_arm_follows_from_the_minimum_detectable_effect(double baseline, double effect, double alpha, double power, long expected) =>
        Assert.Equal(expected, AbTestStatistics.SampleSizePerArm(baseline, effect, alpha, power));

    [Fact]
    public void A_smaller_effect_needs_a_larger_sample() =>
        Assert.True(AbTestStatistics.SampleSizePerArm(0.10, 0.01) > 3.5 * AbTestStatistics.SampleSizePerArm(0.10, 0.02));

    [Fact]
    public void The_two_proportion_z_test_matches_the_worked_example()
    {
        // 20 % of 1,000 against 25 % of 1,000: pooled p 0.225, SE 0.018675, z 2.6774, two-sided p 0.00742.
        var result = AbTestStatistics.TwoProportionZTest(new Arm(1_000, 200), new Arm(1_000, 250));

        Assert.Equal(0.05, result.Effect, 1e-9);
        Assert.Equal(2.67740, result.Z, 1e-3);
        Assert.Equal(0.00742, result.PValue, 1e-3);
        Assert.Equal(0.013464, result.IntervalLow, 1e-3);
        Assert.Equal(0.086536, result.IntervalHigh, 1e-3);
    }

    [Fact]
    public void A_small_lift_on_a_large_sample_is_not_significant_and_its_interval_spans_zero()
    {
        var result = AbTestStatistics.TwoProportionZTest(new Arm(10_000, 120), new Arm(10_000, 150));

        Assert.Equal(1.83819, result.Z, 1e-3);
        Assert.Equal(0.06603, result.PValue, 1e-3);
        Assert.True(result.IntervalLow < 0 && result.IntervalHigh > 0);
    }

    [Theory]
    [InlineData(1_000, 200, 1_000, 250, 0.99628)]
    [InlineData(10_000, 120, 10_000, 150, 0.96683)]
    [InlineData(100, 10, 100, 10, 0.5)]
    public void The_probability_to_beat_control_matches_the_closed_form(long controlTrials, long controlSuccesses, long variantTrials, long variantSuccesses, double expected) =>
        Assert.Equal(expected, AbTestStatistics.ProbabilityToBeatControl(new Arm(controlTrials, controlSuccesses), new Arm(variantTrials, variantSuccesses)), 1e-3);

    [Fact]
    public void The_probability_to_beat_control_agrees_with_sampling_the_Beta_posteriors()
    {
        var control = new Arm(10_000, 120);
        var variant = new Arm(10_000, 150);
        var random = new Random(7);
        var a = new Beta(1 + control.Successes, 1 + control.Trials - control.Successes, random);
        var b = new Beta(1 + variant.Successes, 1 + variant.Trials - variant.Successes, random);
        const int draws = 200_000;
        var wins = 0;
        for (var i = 0; i < draws; i++)
        {
            if (b.Sample() > a.Sample())
            {
                wins++;
            }
        }

        Assert.Equal((double)wins / draws, AbTestStatistics.ProbabilityToBeatControl(control, variant), 5e-3);
    }

    [Fact]
    public void A_worse_variant_has_the_complementary_probability()
    {
        var control = new Arm(1_000, 250);
        var variant = new Arm(1_000, 200);
        Assert.Equal(1 - 0.99628, AbTestStatistics.ProbabilityToBeatControl(control, variant), 1e-3);
    }
}
