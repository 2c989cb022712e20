namespace AdFlux.Video.Rules;

/// <summary>
/// How a published clip performed: views per hour since publication, at the latest figures. Views
/// grow with time online, so raw counts would favour older posts; the first hour counts as a whole
/// hour so a post measured minutes after going up does not get an inflated rate.
/// </summary>
public static class PerformanceMeasure
{
    public const string Name = "views_per_hour";

    /// <summary>Metric names platforms and ingest use for views, most specific first.</summary>
    public static readonly string[] ViewKeys = ["views", "view_count", "video_views", "plays", "impressions"];

    public static readonly string[] EngagementKeys = ["likes", "like_count", "comments", "comments_count", "comment_count", "shares", "share_count", "saves", "save_count"];

    public static double? Views(IReadOnlyDictionary<string, double> metrics) =>
        ViewKeys.Where(metrics.ContainsKey).Select(k => (double?)metrics[k]).FirstOrDefault();

    public static double Engagements(IReadOnlyDictionary<string, double> metrics) =>
        EngagementKeys.Where(metrics.ContainsKey).Sum(k => metrics[k]);

    public static double ViewsPerHour(double views, DateTimeOffset publishedAt, DateTimeOffset observedAt) =>
        Math.Max(0, views) / Math.Max(1, (observedAt - publishedAt).TotalHours);
}
