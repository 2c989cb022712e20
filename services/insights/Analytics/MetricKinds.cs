namespace AdFlux.Insights.Analytics;

/// <summary>
/// Which metrics add up over time and which are levels or ratios (summing followers over days
/// means nothing: their latest value counts), and which flow metric stands for a platform's reach.
/// </summary>
public static class MetricKinds
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal)
    {
        "subscribers", "followers", "popularity", "monthly_listeners", "listener_count", "chart_position",
        "bounce_rate", "cpc", "cpm", "ctr", "roas", "rpm", "engagement_rate",
    };

    /// <summary>The reach metric a platform is judged by, in this order of preference when several are reported.</summary>
    public static readonly IReadOnlyList<string> ReachPreference = ["views", "streams", "impressions", "visitors", "reach", "plays"];

    public static bool IsGauge(string metric) =>
        Levels.Contains(metric) || metric.EndsWith("_rate", StringComparison.Ordinal) || metric.StartsWith("avg_", StringComparison.Ordinal);

    /// <summary>The preferred reach metric among those reported, else the alphabetically first flow metric; null when none.</summary>
    public static string? PrimaryOf(IEnumerable<string> flowMetrics)
    {
        var reported = flowMetrics.ToHashSet(StringComparer.Ordinal);
        return ReachPreference.FirstOrDefault(reported.Contains) ?? reported.Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
