using System.Globalization;
using AdFlux.Insights.Api;

namespace AdFlux.Insights.Analytics;

/// <summary>
/// Recommendations as rules over the figures: each names the numbers it follows from, and its
/// reason is those numbers in words. No rule fires on missing data.
/// </summary>
public static class Recommender
{
    /// <summary>A change of at least this many percent against the previous period counts as a rise or fall worth acting on.</summary>
    public const double SignificantChangePercent = 10;

    /// <summary>A correlation at least this strong is worth planning around.</summary>
    public const double StrongCorrelation = 0.5;

    public static IReadOnlyList<Recommendation> Recommend(AnalyticsMetrics metrics, AnalyticsInsights insights)
    {
        var items = new List<Recommendation>();
        if (insights.BestPlatform is { Compared: >= 2, ChangePercent: > 0 } best)
        {
            var figures = metrics.Platforms[best.Platform];
            items.Add(new Recommendation("focus_on_growth_leader", best.Platform, best.Metric,
                Text($"{best.Metric} on {best.Platform} changed {best.ChangePercent:+0.0;-0.0}% against the previous period, the largest change of {best.Compared} platforms."),
                Evidence(("current", figures.Totals.GetValueOrDefault(best.Metric)), ("previous", figures.PreviousTotals.GetValueOrDefault(best.Metric)), ("change_percent", best.ChangePercent))));
        }
        foreach (var (platform, figures) in metrics.Platforms)
        {
            if (figures.PrimaryMetric.Length > 0)
            {
                var current = figures.Totals.GetValueOrDefault(figures.PrimaryMetric);
                var previous = figures.PreviousTotals.GetValueOrDefault(figures.PrimaryMetric);
                if (Formulas.PercentChange(current, previous) is { } change && change <= -SignificantChangePercent)
                {
                    items.Add(new Recommendation("investigate_decline", platform, figures.PrimaryMetric,
                        Text($"{figures.PrimaryMetric} on {platform} fell {-change:0.0}% ({previous:0.##} to {current:0.##}) against the previous period."),
                        Evidence(("current", current), ("previous", previous), ("change_percent", change))));
                }
            }
            AddRateDecline(items, platform, "engagement_rate", figures.Rates.EngagementRate, figures.PreviousRates.EngagementRate);
            AddRateDecline(items, platform, "click_through_rate", figures.Rates.ClickThroughRate, figures.PreviousRates.ClickThroughRate);
            AddRateDecline(items, platform, "conversion_rate", figures.Rates.ConversionRate, figures.PreviousRates.ConversionRate);
        }
        if (insights.Correlation is { BestLag: { } lag, BestR: { } r, BestPairs: { } pairs } correlation && r >= StrongCorrelation)
        {
            items.Add(new Recommendation("time_cross_promotion", null, null,
                lag == 0
                    ? Text($"{correlation.Follower} moves with {correlation.Leader} on the same day (r = {r:0.00} over {pairs} days): promote both together.")
                    : Text($"{correlation.Follower} follows {correlation.Leader} {lag} day(s) later (r = {r:0.00} over {pairs} days): a rise in {correlation.Leader} is expected to show in {correlation.Follower} after {lag} day(s)."),
                Evidence(("lag_days", lag), ("r", r), ("pairs", pairs))));
        }
        foreach (var forecast in insights.Forecasts)
        {
            var figures = metrics.Platforms[forecast.Platform];
            var days = figures.Daily.Count(d => d.Values.ContainsKey(forecast.Metric));
            var mean = days == 0 ? 0 : figures.Totals.GetValueOrDefault(forecast.Metric) / days;
            var last = forecast.Points[^1];
            if (forecast.SlopePerDay < 0 && last.Upper < mean)
            {
                items.Add(new Recommendation("trend_down", forecast.Platform, forecast.Metric,
                    Text($"{forecast.Metric} on {forecast.Platform} trends down {-forecast.SlopePerDay:0.##} a day; by {last.Date:yyyy-MM-dd} even the upper bound ({last.Upper:0.##}) is below the period's daily mean ({mean:0.##})."),
                    Evidence(("slope_per_day", forecast.SlopePerDay), ("upper", last.Upper), ("daily_mean", mean))));
            }
        }
        return items;
    }

    private static void AddRateDecline(List<Recommendation> items, string platform, string rate, double? current, double? previous)
    {
        if (current is { } now && previous is { } before && Formulas.PercentChange(now, before) is { } change && change <= -SignificantChangePercent)
        {
            items.Add(new Recommendation("rate_declined", platform, rate,
                Text($"{rate} on {platform} fell from {before:0.####} to {now:0.####} ({change:0.0}%) against the previous period."),
                Evidence(("current", now), ("previous", before), ("change_percent", change))));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, double> Evidence(params (string Name, double Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
