using AdFlux.Insights.Analytics;
using AdFlux.Insights.Api;
using AdFlux.Insights.Exports.Pdf;

namespace AdFlux.Insights.Exports;

/// <summary>
/// The analytics answer as a PDF: per platform a table of totals, previous totals, change and latest
/// levels, its rates, and a line chart per metric over the period's days (the primary metric with its
/// forecast dashed); then the top entities, the insights and the recommendations.
/// </summary>
public static class AnalyticsPdf
{
    public static void Write(AnalyticsData data, AnalyticsFilter filter, DateTimeOffset generatedAt, Stream stream)
    {
        using var pdf = new PdfComposer("AdFlux analytics");
        var metrics = data.Metrics;
        pdf.Title("AdFlux analytics");
        pdf.Text($"Period {PdfNumbers.Of(filter.Period.From)} to {PdfNumbers.Of(filter.Period.To)} ({metrics.Period.Days} days), " +
            $"compared with {PdfNumbers.Of(metrics.PreviousPeriod.From)} to {PdfNumbers.Of(metrics.PreviousPeriod.To)}.");
        pdf.Text($"Platforms: {(filter.Platforms is null ? "all" : string.Join(", ", filter.Platforms.Order(StringComparer.Ordinal)))}. " +
            $"Client profile: {filter.ClientProfileId?.ToString() ?? "all"}. Generated {PdfNumbers.Of(generatedAt)}.");
        if (metrics.Platforms.Count == 0)
        {
            pdf.Text("No figures in this period.");
        }
        foreach (var (platform, figures) in metrics.Platforms)
        {
            pdf.Heading($"{platform} (primary metric: {(figures.PrimaryMetric.Length > 0 ? figures.PrimaryMetric : "none")})");
            var names = figures.Totals.Keys.Union(figures.PreviousTotals.Keys).Union(figures.Latest.Keys).Order(StringComparer.Ordinal);
            pdf.Table(
                ["platform", "metric", "total", "previous", "change", "latest"],
                names.Select(metric => (IReadOnlyList<string>)
                [
                    platform, metric, PdfNumbers.Of(Get(figures.Totals, metric)), PdfNumbers.Of(Get(figures.PreviousTotals, metric)),
                    PdfNumbers.Percent(data.Insights.Changes.FirstOrDefault(c => c.Platform == platform && c.Metric == metric)?.ChangePercent),
                    PdfNumbers.Of(Get(figures.Latest, metric)),
                ]),
                [1.3, 1.3, 1, 1, 0.8, 1]);
            pdf.Table(
                ["platform", "rate", "period", "previous"],
                [
                    [platform, "engagement_rate", PdfNumbers.Of(figures.Rates.EngagementRate), PdfNumbers.Of(figures.PreviousRates.EngagementRate)],
                    [platform, "click_through_rate", PdfNumbers.Of(figures.Rates.ClickThroughRate), PdfNumbers.Of(figures.PreviousRates.ClickThroughRate)],
                    [platform, "conversion_rate", PdfNumbers.Of(figures.Rates.ConversionRate), PdfNumbers.Of(figures.PreviousRates.ConversionRate)],
                ]);
            foreach (var metric in figures.Daily.SelectMany(d => d.Values.Keys).Distinct().Order(StringComparer.Ordinal))
            {
                var series = new List<ChartSeries>
                {
                    new(metric, [.. figures.Daily.Where(d => d.Values.ContainsKey(metric)).Select(d => ((double)d.Date.DayNumber, d.Values[metric]))]),
                };
                if (data.Insights.Forecasts.FirstOrDefault(f => f.Platform == platform && f.Metric == metric) is { } forecast)
                {
                    series.Add(new ChartSeries("forecast", [.. forecast.Points.Select(p => ((double)p.Date.DayNumber, p.Value))], Dashed: true));
                }
                pdf.LineChart($"{platform} · {metric} per day", series, x => PdfNumbers.Of(DateOnly.FromDayNumber((int)x)));
            }
        }
        WriteInsights(pdf, data);
        pdf.Save(stream);
    }

    private static void WriteInsights(PdfComposer pdf, AnalyticsData data)
    {
        var top = data.Metrics.Platforms.SelectMany(p => p.Value.TopEntities.Select(e => (Platform: p.Key, Entity: e))).ToList();
        if (top.Count > 0)
        {
            pdf.Heading("Top entities");
            pdf.Table(["platform", "entity", "id", "metric", "total"],
                top.Select(t => (IReadOnlyList<string>)[t.Platform, t.Entity.EntityType, t.Entity.EntityId, t.Entity.Metric, PdfNumbers.Of(t.Entity.Value)]),
                [1, 1, 2.2, 1, 1]);
        }
        var insights = data.Insights;
        pdf.Heading("Insights");
        pdf.Text(insights.BestPlatform is { } best
            ? $"Growing most: {best.Platform} {best.Metric}, {PdfNumbers.Percent(best.ChangePercent)} against the previous period (of {best.Compared} platforms compared)."
            : "No platform can be compared with the previous period.");
        if (insights.Correlation is { } correlation)
        {
            pdf.Text(correlation.BestLag is { } lag
                ? $"{correlation.Follower} follows {correlation.Leader} best {lag} days later: r = {PdfNumbers.Of(correlation.BestR)} over {correlation.BestPairs} days."
                : $"{correlation.Follower} and {correlation.Leader}: too few days in common to correlate.");
        }
        if (insights.Forecasts.Count > 0)
        {
            pdf.Table(["platform", "metric", "date", "forecast", "lower", "upper"],
                insights.Forecasts.SelectMany(f => f.Points.Select(p => (IReadOnlyList<string>)
                    [f.Platform, f.Metric, PdfNumbers.Of(p.Date), PdfNumbers.Of(p.Value), PdfNumbers.Of(p.Lower), PdfNumbers.Of(p.Upper)])));
        }
        pdf.Heading("Recommendations");
        if (data.Recommendations.Items.Count == 0)
        {
            pdf.Text("None: no rule applies to these figures.");
        }
        foreach (var item in data.Recommendations.Items)
        {
            pdf.Text($"{item.Code}: {item.Reason}");
        }
    }

    private static double? Get(IReadOnlyDictionary<string, double> values, string metric) => values.TryGetValue(metric, out var value) ? value : null;
}
