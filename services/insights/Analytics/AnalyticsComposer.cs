using AdFlux.Insights.Analytics.Statistics;
using AdFlux.Insights.Api;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Analytics;

/// <summary>
/// Turns a dataset into the analytics answer, deterministically: every figure, insight and
/// recommendation follows from the dataset's numbers by the rules written here.
/// </summary>
public static class AnalyticsComposer
{
    public const int TopEntityCount = 5;
    public const int MaxLagDays = 7;
    public const int ForecastDays = 7;
    public const double ForecastConfidence = 0.95;

    /// <summary>The pair seed 000 asks about: do Spotify streams follow YouTube views?</summary>
    public static readonly (string Platform, string Metric) Leader = ("youtube", "views");
    public static readonly (string Platform, string Metric) Follower = ("spotify", "streams");

    public static AnalyticsData Compose(AnalyticsDataset data)
    {
        var period = data.Filter.Period;
        var platforms = new SortedDictionary<string, PlatformMetrics>(StringComparer.Ordinal);
        foreach (var platform in data.Daily.Select(d => d.Platform).Concat(data.EntityLevels.Select(l => l.Platform)).Concat(data.PreviousTotals.Select(t => t.Platform)).Distinct())
        {
            platforms[platform] = PlatformOf(data, platform);
        }
        var metrics = new AnalyticsMetrics(
            new PeriodResponse(period.From, period.To, period.Days),
            new PeriodResponse(period.Previous.From, period.Previous.To, period.Previous.Days),
            platforms,
            ClientProfilesOf(data));
        var insights = new AnalyticsInsights(ChangesOf(platforms), BestPlatformOf(platforms), CorrelationOf(data), ForecastsOf(data, platforms));
        return new AnalyticsData(metrics, insights, new AnalyticsRecommendations(Recommender.Recommend(metrics, insights)));
    }

    public static MetricRates RatesOf(IReadOnlyDictionary<string, double> totals)
    {
        double? Get(string metric) => totals.TryGetValue(metric, out var value) ? value : null;
        var impressions = Get("impressions");
        var engagementBase = impressions ?? Get("views");
        var engaged = Get("likes") is null && Get("shares") is null && Get("comments") is null;
        return new MetricRates(
            engaged || engagementBase is null ? null : Formulas.EngagementRate(Get("likes") ?? 0, Get("shares") ?? 0, Get("comments") ?? 0, engagementBase.Value),
            Get("clicks") is { } clicks && impressions is { } shown ? Formulas.ClickThroughRate(clicks, shown) : null,
            Get("conversions") is { } conversions && Get("clicks") is { } clicked ? Formulas.ConversionRate(conversions, clicked) : null);
    }

    private static PlatformMetrics PlatformOf(AnalyticsDataset data, string platform)
    {
        var period = data.Filter.Period;
        var flow = data.Daily.Where(d => d.Platform == platform && !MetricKinds.IsGauge(d.Metric)).ToList();
        var totals = Sum(flow.Where(d => period.Contains(d.Day)));
        var previousTotals = data.PreviousTotals.Where(t => t.Platform == platform && !MetricKinds.IsGauge(t.Metric))
            .OrderBy(t => t.Metric, StringComparer.Ordinal).ToDictionary(t => t.Metric, t => t.Sum);
        var latest = data.EntityLevels.Where(l => l.Platform == platform)
            .GroupBy(l => l.Metric).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Value));
        var primary = MetricKinds.PrimaryOf(totals.Keys.Concat(previousTotals.Keys));
        var daily = flow.Where(d => period.Contains(d.Day)).GroupBy(d => d.Day).OrderBy(g => g.Key)
            .Select(g => new DailyValues(g.Key, Sum(g)))
            .ToList();
        var top = data.EntityTotals.Where(e => e.Platform == platform && e.Metric == primary)
            .OrderByDescending(e => e.Value).ThenBy(e => e.EntityId, StringComparer.Ordinal).Take(TopEntityCount)
            .Select(e => new EntityTotal(e.EntityType, e.EntityId, ProfileOrNull(e.ClientProfileId), e.Metric, e.Value))
            .ToList();
        return new PlatformMetrics(primary ?? "", totals, previousTotals, latest, RatesOf(totals), RatesOf(previousTotals), daily, top);
    }

    private static List<ClientProfileMetrics> ClientProfilesOf(AnalyticsDataset data) =>
        [.. data.EntityTotals.Concat(data.EntityLevels)
            .GroupBy(e => e.ClientProfileId).OrderBy(g => g.Key)
            .Select(profile => new ClientProfileMetrics(
                ProfileOrNull(profile.Key),
                profile.GroupBy(e => e.Platform).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, double>)g.GroupBy(e => e.Metric).OrderBy(m => m.Key, StringComparer.Ordinal)
                        .ToDictionary(m => m.Key, m => m.Sum(e => e.Value)))))];

    private static List<MetricChange> ChangesOf(IReadOnlyDictionary<string, PlatformMetrics> platforms) =>
        [.. platforms.SelectMany(p => p.Value.Totals.Keys.Union(p.Value.PreviousTotals.Keys).Order(StringComparer.Ordinal).Select(metric =>
        {
            var current = p.Value.Totals.GetValueOrDefault(metric);
            var previous = p.Value.PreviousTotals.GetValueOrDefault(metric);
            return new MetricChange(p.Key, metric, current, previous, Formulas.PercentChange(current, previous));
        }))];

    private static PlatformGrowth? BestPlatformOf(IReadOnlyDictionary<string, PlatformMetrics> platforms)
    {
        var growth = platforms
            .Where(p => p.Value.PrimaryMetric.Length > 0)
            .Select(p => (Platform: p.Key, Metric: p.Value.PrimaryMetric, Change: Formulas.PercentChange(
                p.Value.Totals.GetValueOrDefault(p.Value.PrimaryMetric), p.Value.PreviousTotals.GetValueOrDefault(p.Value.PrimaryMetric))))
            .Where(g => g.Change is not null)
            .ToList();
        var best = growth.OrderByDescending(g => g.Change).ThenBy(g => g.Platform, StringComparer.Ordinal).FirstOrDefault();
        return best.Platform is null ? null : new PlatformGrowth(best.Platform, best.Metric, best.Change!.Value, growth.Count);
    }

    private static CrossPlatformCorrelation? CorrelationOf(AnalyticsDataset data)
    {
        var leader = DailySeries(data, Leader.Platform, Leader.Metric);
        var follower = DailySeries(data, Follower.Platform, Follower.Metric);
        if (leader.Count == 0 || follower.Count == 0)
        {
            return null;
        }
        var result = LaggedCorrelation.Compute(leader, follower, MaxLagDays);
        return new CrossPlatformCorrelation(
            $"{Leader.Platform}:{Leader.Metric}", $"{Follower.Platform}:{Follower.Metric}", result.Lags, result.BestLag, result.BestR, result.BestPairs);
    }

    private static List<GrowthForecast> ForecastsOf(AnalyticsDataset data, IReadOnlyDictionary<string, PlatformMetrics> platforms)
    {
        var period = data.Filter.Period;
        var forecasts = new List<GrowthForecast>();
        foreach (var (platform, figures) in platforms)
        {
            if (figures.PrimaryMetric.Length == 0)
            {
                continue;
            }
            var series = DailySeries(data, platform, figures.PrimaryMetric);
            var points = series.OrderBy(p => p.Key).Select(p => ((double)(p.Key.DayNumber - period.From.DayNumber), p.Value)).ToList();
            if (LinearTrend.Fit(points) is not { } trend)
            {
                continue;
            }
            var ahead = Enumerable.Range(1, ForecastDays).Select(step =>
            {
                var day = period.To.AddDays(step);
                var (value, lower, upper) = trend.PredictWithInterval(day.DayNumber - period.From.DayNumber, ForecastConfidence);
                // Counts and amounts cannot fall below zero, whatever a straight line says.
                return new ForecastPoint(day, Math.Max(0, value), Math.Max(0, lower), Math.Max(0, upper));
            }).ToList();
            forecasts.Add(new GrowthForecast(platform, figures.PrimaryMetric, trend.Count, trend.Slope, ForecastConfidence, ahead));
        }
        return forecasts;
    }

    /// <summary>A platform metric's daily totals in the period, on the days it was reported.</summary>
    private static Dictionary<DateOnly, double> DailySeries(AnalyticsDataset data, string platform, string metric) =>
        data.Daily.Where(d => d.Platform == platform && d.Metric == metric && data.Filter.Period.Contains(d.Day))
            .GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.Sum(d => d.Sum));

    private static Dictionary<string, double> Sum(IEnumerable<DailyFigure> figures) =>
        figures.GroupBy(d => d.Metric).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(d => d.Sum));

    private static Guid? ProfileOrNull(Guid clientProfileId) => clientProfileId == SeriesKey.NoClientProfile ? null : clientProfileId;
}
