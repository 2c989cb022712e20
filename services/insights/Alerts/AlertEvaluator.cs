using System.Globalization;
using AdFlux.Insights.Analytics;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Alerts;

/// <summary>
/// After figures of a series were written, judges the days they fall on, in the same
/// transaction: the client profile's platform total of each metric that day (across its
/// entities; for a level such as followers, the sum of their latest values) against the
/// profile's threshold rules, and, for metrics that add up, against the same weekday of the last
/// <see cref="WeeksBack"/> weeks. A total can only grow while its day runs, so "below" rules and
/// drops are judged only once the day is over.
/// </summary>
public sealed class AlertEvaluator(InsightsDbContext db, AlertRaiser raiser, TimeProvider clock)
{
    public const int WeeksBack = 8;

    public async Task EvaluateAsync(SeriesKey series, IReadOnlyCollection<string> metrics, IEnumerable<DateTimeOffset> windowStarts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rules = await db.AlertRules.AsNoTracking()
            .Where(r => r.Enabled && r.ClientProfileId == series.ClientProfileId && r.Platform == series.Platform && metrics.Contains(r.Metric))
            .ToListAsync(cancellationToken);
        foreach (var day in windowStarts.Select(w => DateOnly.FromDateTime(w.UtcDateTime)).Distinct())
        {
            var totals = await DayTotalsAsync(series, metrics, day, cancellationToken);
            var dayIsOver = Midnight(day).AddDays(1) <= now;
            foreach (var metric in metrics)
            {
                if (!totals.TryGetValue((metric, day), out var value))
                {
                    continue;
                }
                foreach (var rule in rules.Where(r => r.Metric == metric && Crossed(r, value, dayIsOver)))
                {
                    await raiser.RaiseAsync(ThresholdAlert(series, rule, day, value), cancellationToken);
                }
                if (MetricKinds.IsGauge(metric))
                {
                    continue;
                }
                var history = Enumerable.Range(1, WeeksBack).Select(week => day.AddDays(-7 * week))
                    .Where(past => totals.ContainsKey((metric, past))).Select(past => totals[(metric, past)]).ToList();
                if (SameWeekdayBaseline.Score(value, history) is { } score
                    && (score.Z >= SameWeekdayBaseline.AnomalyZ || (dayIsOver && score.Z <= -SameWeekdayBaseline.AnomalyZ)))
                {
                    await raiser.RaiseAsync(AnomalyAlert(series, metric, day, value, score.Z, score.Mean, history.Count), cancellationToken);
                }
            }
        }
    }

    private static bool Crossed(AlertRule rule, double value, bool dayIsOver) =>
        rule.Direction == AlertRule.Above ? value > rule.Threshold : dayIsOver && value < rule.Threshold;

    /// <summary>The platform's daily totals of the metrics on the day and the same weekday of past weeks, as (metric, day) → total.</summary>
    private async Task<Dictionary<(string Metric, DateOnly Day), double>> DayTotalsAsync(
        SeriesKey series, IReadOnlyCollection<string> metrics, DateOnly day, CancellationToken cancellationToken)
    {
        var buckets = Enumerable.Range(0, WeeksBack + 1).Select(week => Midnight(day.AddDays(-7 * week))).ToList();
        var rows = await db.Rollups.AsNoTracking()
            .Where(r => r.ClientProfileId == series.ClientProfileId && r.Platform == series.Platform && r.Granularity == Granularity.Day
                && metrics.Contains(r.Metric) && buckets.Contains(r.BucketStart))
            .GroupBy(r => new { r.Metric, r.BucketStart })
            .Select(g => new { g.Key.Metric, g.Key.BucketStart, Sum = g.Sum(r => r.Sum), Latest = g.Sum(r => r.LastValue) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => (r.Metric, DateOnly.FromDateTime(r.BucketStart.UtcDateTime)),
            r => MetricKinds.IsGauge(r.Metric) ? r.Latest : r.Sum);
    }

    private static Alert ThresholdAlert(SeriesKey series, AlertRule rule, DateOnly day, double value) => new()
    {
        TenantId = series.TenantId,
        ClientProfileId = series.ClientProfileId,
        Kind = AlertKinds.Threshold,
        Severity = AlertSeverities.Warning,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"{rule.Name}: {series.Platform} {rule.Metric} on {day:yyyy-MM-dd} was {value:#,0.##}, {rule.Direction} the threshold of {rule.Threshold:#,0.##}."),
        DedupeKey = $"{AlertKinds.Threshold}:{rule.Id:N}:{day:yyyy-MM-dd}",
        Platform = series.Platform,
        Metric = rule.Metric,
        Day = day,
        Value = value,
        Expected = rule.Threshold,
        SourceId = rule.Id,
    };

    private static Alert AnomalyAlert(SeriesKey series, string metric, DateOnly day, double value, double z, double mean, int weeks) => new()
    {
        TenantId = series.TenantId,
        ClientProfileId = series.ClientProfileId,
        Kind = AlertKinds.Anomaly,
        Severity = Math.Abs(z) >= SameWeekdayBaseline.CriticalZ ? AlertSeverities.Critical : AlertSeverities.Warning,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"{series.Platform} {metric} on {day:dddd yyyy-MM-dd} was {value:#,0.##}, {(z > 0 ? "far above" : "far below")} the {mean:#,0.##} of the same weekday over the last {weeks} weeks (z = {z:0.0})."),
        DedupeKey = $"{AlertKinds.Anomaly}:{series.ClientProfileId:N}:{series.Platform}:{metric}:{day:yyyy-MM-dd}",
        Platform = series.Platform,
        Metric = metric,
        Day = day,
        Value = value,
        Expected = mean,
    };

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
