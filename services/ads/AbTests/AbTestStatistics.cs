using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AdFlux.Ads.AbTests;

/// <summary>
/// The statistics of an A/B test on a rate (CTR or conversion rate), all pure functions:
/// the sample each arm needs to detect a minimum effect, the two-proportion z-test, and the
/// Bayesian probability that a variant's rate beats control's under Beta(1,1) priors.
/// </summary>
public static class AbTestStatistics
{
    /// <summary>
    /// Trials per arm for a two-sided test at <paramref name="alpha"/> with <paramref name="power"/> to detect an
    /// absolute lift of <paramref name="minimumDetectableEffect"/> over <paramref name="baselineRate"/>:
    /// n = (z₁₋α/₂·√(2p̄(1−p̄)) + z₁₋β·√(p₁(1−p₁)+p₂(1−p₂)))² / (p₂−p₁)², rounded up
    /// (Fleiss, Statistical Methods for Rates and Proportions, §4.2, without continuity correction).
    /// </summary>
    public static long SampleSizePerArm(double baselineRate, double minimumDetectableEffect, double alpha = 0.05, double power = 0.8)
    {
        var p1 = baselineRate;
        var p2 = baselineRate + minimumDetectableEffect;
        if (p1 is <= 0 or >= 1 || p2 is <= 0 or >= 1 || minimumDetectableEffect == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDetectableEffect), "Both rates must lie strictly between 0 and 1 and differ.");
        }
        var pooled = (p1 + p2) / 2;
        var zAlpha = Normal.InvCDF(0, 1, 1 - alpha / 2);
        var zBeta = Normal.InvCDF(0, 1, power);
        var numerator = zAlpha * Math.Sqrt(2 * pooled * (1 - pooled)) + zBeta * Math.Sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long)Math.Ceiling(numerator * numerator / ((p2 - p1) * (p2 - p1)));
    }

    /// <summary>Pooled two-proportion z-test of <paramref name="variant"/> against <paramref name="control"/>, with a Wald interval at 1 − <paramref name="alpha"/>.</summary>
    public static ZTestResult TwoProportionZTest(Arm control, Arm variant, double alpha = 0.05)
    {
        if (control.Trials <= 0 || variant.Trials <= 0)
        {
            throw new ArgumentException("Both arms need trials.");
        }
        var effect = variant.Rate - control.Rate;
        var pooled = (double)(control.Successes + variant.Successes) / (control.Trials + variant.Trials);
        var pooledError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / control.Trials + 1.0 / variant.Trials));
        var z = pooledError == 0 ? 0 : effect / pooledError;
        var p = 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
        var error = Math.Sqrt(control.Rate * (1 - control.Rate) / control.Trials + variant.Rate * (1 - variant.Rate) / variant.Trials);
        var zCritical = Normal.InvCDF(0, 1, 1 - alpha / 2);
        return new ZTestResult(effect, z, p, effect - zCritical * error, effect + zCritical * error);
    }

    /// <summary>
    /// P(rate_variant &gt; rate_control) with Beta(1 + successes, 1 + failures) posteriors, exactly:
    /// Σᵢ₌₀^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i)·B(1+i, β_B)·B(α_A, β_A))
    /// (Evan Miller, "Formulas for Bayesian A/B testing", https://www.evanmiller.org/bayesian-ab-testing.html).
    /// </summary>
    public static double ProbabilityToBeatControl(Arm control, Arm variant)
    {
        var alphaA = control.Successes + 1.0;
        var betaA = control.Trials - control.Successes + 1.0;
        var alphaB = variant.Successes + 1.0;
        var betaB = variant.Trials - variant.Successes + 1.0;
        var total = 0.0;
        for (var i = 0; i < alphaB; i++)
        {
            total += Math.Exp(LogBeta(alphaA + i, betaA + betaB) - Math.Log(betaB + i) - LogBeta(1 + i, betaB) - LogBeta(alphaA, betaA));
        }
        return Math.Clamp(total, 0, 1);
    }

    private static double LogBeta(double a, double b) => SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b);
}
