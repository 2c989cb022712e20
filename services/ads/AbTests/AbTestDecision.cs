namespace AdFlux.Ads.AbTests;

/// <summary>
/// Decides a test once every arm reached the planned sample: each variant is z-tested against
/// control at α divided by the number of variants (Bonferroni, so several variants do not inflate
/// false wins); the winner is the significant variant with the largest positive effect, or none.
/// </summary>
public static class AbTestDecision
{
    public static IReadOnlyList<VariantOutcome> Compare(Arm control, IReadOnlyList<(Guid AdId, Arm Arm)> variants, double alpha)
    {
        var corrected = alpha / variants.Count;
        return [.. variants.Select(v =>
        {
            var test = AbTestStatistics.TwoProportionZTest(control, v.Arm, corrected);
            return new VariantOutcome(v.AdId, v.Arm.Rate, test, AbTestStatistics.ProbabilityToBeatControl(control, v.Arm), test.PValue < corrected && test.Effect > 0);
        })];
    }

    public static VariantOutcome? Winner(IReadOnlyList<VariantOutcome> outcomes) =>
        outcomes.Where(o => o.BeatsControl).OrderByDescending(o => o.Test.Effect).FirstOrDefault();
}
