namespace AdFlux.Ads.AbTests;

/// <summary>One arm of an A/B test: trials (impressions for CTR, clicks for conversion rate) and successes.</summary>
public sealed record Arm(long Trials, long Successes)
{
    public double Rate => Trials == 0 ? 0 : (double)Successes / Trials;
}
