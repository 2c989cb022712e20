namespace AdFlux.Insights.Analytics;

/// <summary>The calculated analytics of seed 003 (§6, "Calculated Analytics"), undefined (null) where the denominator is not positive.</summary>
public static class Formulas
{
    /// <summary>Engagement rate = (likes + shares + comments) / impressions.</summary>
    public static double? EngagementRate(double likes, double shares, double comments, double impressions) =>
        Ratio(likes + shares + comments, impressions);

    /// <summary>Click-through rate = clicks / impressions.</summary>
    public static double? ClickThroughRate(double clicks, double impressions) => Ratio(clicks, impressions);

    /// <summary>Conversion rate = conversions / clicks.</summary>
    public static double? ConversionRate(double conversions, double clicks) => Ratio(conversions, clicks);

    /// <summary>Change from <paramref name="previous"/> to <paramref name="current"/> in percent of the previous magnitude; null from zero.</summary>
    public static double? PercentChange(double current, double previous) =>
        previous == 0 ? null : (current - previous) / Math.Abs(previous) * 100;

    private static double? Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : null;
}
