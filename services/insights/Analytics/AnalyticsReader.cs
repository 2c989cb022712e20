using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Analytics;

/// <summary>
/// Reads the daily rollups an analytics answer needs. The context's filters limit every query to
/// the caller's tenant and, for a viewer, to its client profiles.
/// </summary>
public sealed class AnalyticsReader(InsightsDbContext db)
{
    public async Task<AnalyticsDataset> ReadAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        var period = filter.Period;
        var earliest = period.Previous.Start;
        var start = period.Start;
        var end = period.End;
        var days = Days(filter).Where(r => r.BucketStart >= earliest && r.BucketStart < end);

        var daily = await days
            .GroupBy(r => new { r.Platform, r.Metric, r.BucketStart })
            .Select(g => new { g.Key.Platform, g.Key.Metric, g.Key.BucketStart, Sum = g.Sum(r => r.Sum) })
            .ToListAsync(cancellationToken);

        var current = days.Where(r => r.BucketStart >= start);
        var totals = await current
            .GroupBy(r => new { r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric })
            .Select(g => new EntityFigure(g.Key.ClientProfileId, g.Key.Platform, g.Key.EntityType, g.Key.EntityId, g.Key.Metric, g.Sum(r => r.Sum)))
            .ToListAsync(cancellationToken);

        // A level's value in the period is its value on the latest day the entity reported it.
        var levelMetrics = totals.Select(t => t.Metric).Distinct().Where(MetricKinds.IsGauge).ToArray();
        var levels = levelMetrics.Length == 0
            ? []
            : await current
                .Where(r => levelMetrics.Contains(r.Metric))
                .Where(r => r.BucketStart == current
                    .Where(o => o.ClientProfileId == r.ClientProfileId && o.Platform == r.Platform && o.EntityType == r.EntityType
                        && o.EntityId == r.EntityId && o.Metric == r.Metric)
                    .Max(o => o.BucketStart))
                .Select(r => new EntityFigure(r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric, r.LastValue))
                .ToListAsync(cancellationToken);

        return new AnalyticsDataset(
            filter,
            [.. daily.Select(d => new DailyFigure(d.Platform, d.Metric, DateOnly.FromDateTime(d.BucketStart.UtcDateTime), d.Sum))],
            [.. totals.Where(t => !MetricKinds.IsGauge(t.Metric))],
            levels);
    }

    private IQueryable<MetricRollup> Days(AnalyticsFilter filter)
    {
        var rows = db.Rollups.AsNoTracking().Where(r => r.Granularity == Granularity.Day);
        if (filter.Platforms is { } platforms)
        {
            var names = platforms.ToArray();
            rows = rows.Where(r => names.Contains(r.Platform));
        }
        if (filter.ClientProfileId is { } clientProfileId)
        {
            rows = rows.Where(r => r.ClientProfileId == clientProfileId);
        }
        return rows;
    }
}
