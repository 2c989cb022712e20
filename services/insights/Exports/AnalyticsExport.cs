using AdFlux.Insights.Api;

namespace AdFlux.Insights.Exports;

/// <summary>
/// The analytics answer as rows, one figure each, in the same columns for every section, so the
/// CSV is one RFC 4180 table and each section a worksheet. The values are the endpoint's, unrounded.
/// </summary>
public static class AnalyticsExport
{
    public const string Name = "analytics";

    public static readonly IReadOnlyList<string> Columns =
        ["section", "platform", "metric", "date", "entity_type", "entity_id", "client_profile_id", "value", "text"];

    /// <summary>Sections in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        "totals", "previous_totals", "latest", "rates", "previous_rates", "daily", "top_entities", "client_profiles",
        "changes", "best_platform", "correlation", "forecasts", "recommendations",
    ];

    public static ExportTable Table(AnalyticsData data) => new(Name, Columns, [.. Rows(data)]);

    /// <summary>One table per section that has rows, without the columns the section never fills.</summary>
    public static IEnumerable<ExportTable> SectionTables(ExportTable all)
    {
        foreach (var section in Sections)
        {
            var rows = all.Rows.Where(r => (string)r[0]! == section).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            var used = Enumerable.Range(1, Columns.Count - 1).Where(i => rows.Any(r => r[i] is not null)).ToList();
            yield return new ExportTable(section, [.. used.Select(i => Columns[i])], [.. rows.Select(r => used.Select(i => r[i]).ToArray())]);
        }
    }

    private static IEnumerable<object?[]> Rows(AnalyticsData data)
    {
        var platforms = data.Metrics.Platforms;
        foreach (var (platform, figures) in platforms)
        {
            foreach (var (metric, value) in figures.Totals)
            {
                yield return Row("totals", platform, metric, value: value);
            }
        }
        foreach (var (platform, figures) in platforms)
        {
            foreach (var (metric, value) in figures.PreviousTotals)
            {
                yield return Row("previous_totals", platform, metric, value: value);
            }
        }
        foreach (var (platform, figures) in platforms)
        {
            foreach (var (metric, value) in figures.Latest)
            {
                yield return Row("latest", platform, metric, value: value);
            }
        }
        foreach (var (section, pick) in new (string, Func<PlatformMetrics, MetricRates>)[] { ("rates", p => p.Rates), ("previous_rates", p => p.PreviousRates) })
        {
            foreach (var (platform, figures) in platforms)
            {
                foreach (var (metric, value) in RatesOf(pick(figures)))
                {
                    yield return Row(section, platform, metric, value: value);
                }
            }
        }
        foreach (var (platform, figures) in platforms)
        {
            foreach (var day in figures.Daily)
            {
                foreach (var (metric, value) in day.Values)
                {
                    yield return Row("daily", platform, metric, day.Date, value: value);
                }
            }
        }
        foreach (var (platform, figures) in platforms)
        {
            foreach (var top in figures.TopEntities)
            {
                yield return Row("top_entities", platform, top.Metric, entityType: top.EntityType, entityId: top.EntityId, clientProfileId: top.ClientProfileId, value: top.Value);
            }
        }
        foreach (var profile in data.Metrics.ClientProfiles)
        {
            foreach (var (platform, metrics) in profile.Platforms)
            {
                foreach (var (metric, value) in metrics)
                {
                    yield return Row("client_profiles", platform, metric, clientProfileId: profile.ClientProfileId, value: value);
                }
            }
        }
        var insights = data.Insights;
        foreach (var change in insights.Changes)
        {
            yield return Row("changes", change.Platform, change.Metric, value: change.ChangePercent,
                text: $"{CsvExport.Format(change.Current)} against {CsvExport.Format(change.Previous)}");
        }
        if (insights.BestPlatform is { } best)
        {
            yield return Row("best_platform", best.Platform, best.Metric, value: best.ChangePercent, text: $"grew most of {best.Compared} platforms");
        }
        if (insights.Correlation is { } correlation)
        {
            foreach (var lag in correlation.Lags)
            {
                yield return Row("correlation", correlation.Leader, correlation.Follower, value: lag.R,
                    text: $"lag {lag.Lag} days, {lag.Pairs} pairs{(lag.Lag == correlation.BestLag ? ", best" : "")}");
            }
        }
        foreach (var forecast in insights.Forecasts)
        {
            foreach (var point in forecast.Points)
            {
                yield return Row("forecasts", forecast.Platform, forecast.Metric, point.Date, value: point.Value,
                    text: $"{CsvExport.Format(forecast.Confidence * 100)} % interval {CsvExport.Format(point.Lower)} to {CsvExport.Format(point.Upper)}");
            }
        }
        foreach (var item in data.Recommendations.Items)
        {
            yield return Row("recommendations", item.Platform, item.Metric, entityType: "recommendation", entityId: item.Code, text: item.Reason);
        }
    }

    private static IEnumerable<(string Metric, double Value)> RatesOf(MetricRates rates)
    {
        if (rates.EngagementRate is { } engagement)
        {
            yield return ("engagement_rate", engagement);
        }
        if (rates.ClickThroughRate is { } clickThrough)
        {
            yield return ("click_through_rate", clickThrough);
        }
        if (rates.ConversionRate is { } conversion)
        {
            yield return ("conversion_rate", conversion);
        }
    }

    private static object?[] Row(
        string section, string? platform, string? metric, DateOnly? date = null, string? entityType = null, string? entityId = null,
        Guid? clientProfileId = null, double? value = null, string? text = null) =>
        [section, platform, metric, date, entityType, entityId, clientProfileId, value, text];
}
