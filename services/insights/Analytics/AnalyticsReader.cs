using System.Data;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Analytics;

/// <summary>
/// Reads the rollups an analytics answer needs: daily ones for the period's daily series, weekly
/// ones wherever whole weeks suffice (<see cref="PeriodCover"/>). The context's filters limit every
/// query to the caller's tenant and, for a viewer, to its client profiles.
/// </summary>
public sealed class AnalyticsReader(InsightsDbContext db)
{
    public async Task<AnalyticsDataset> ReadAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        var period = filter.Period;
        // One snapshot for every query of the answer, so its parts agree while data lands. JIT
        // compilation (on by default since PostgreSQL 12) costs more than these aggregates run.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", cancellationToken);
        var daily = await Rollups(filter, Granularity.Day)
            .Where(r => r.BucketStart >= period.Start && r.BucketStart < period.End)
            .GroupBy(r => new { r.Platform, r.Metric, r.BucketStart })
            .Select(g => new { g.Key.Platform, g.Key.Metric, g.Key.BucketStart, Sum = g.Sum(r => r.Sum) })
            .ToListAsync(cancellationToken);

        var entityTotals = new List<EntityFigure>();
        var entityLevels = new List<(EntityFigure Figure, DateTimeOffset At)>();
        foreach (var part in Parts(filter, PeriodCover.Of(period)))
        {
            entityTotals.AddRange(await part
                .GroupBy(r => new { r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric })
                .Select(g => new EntityFigure(g.Key.ClientProfileId, g.Key.Platform, g.Key.EntityType, g.Key.EntityId, g.Key.Metric, g.Sum(r => r.Sum)))
                .ToListAsync(cancellationToken));
        }
        var levelMetrics = entityTotals.Select(t => t.Metric).Distinct().Where(MetricKinds.IsGauge).ToArray();
        if (levelMetrics.Length > 0)
        {
            foreach (var part in Parts(filter, PeriodCover.Of(period)))
            {
                // A level's value in the period is the last value of the entity's latest window in it
                // (one window-function pass: ROW_NUMBER() per entity and metric, latest first).
                var latest = await part
                    .Where(r => levelMetrics.Contains(r.Metric))
                    .GroupBy(r => new { r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric })
                    .Select(g => g.OrderByDescending(r => r.LastWindowStart)
                        .Select(r => new { r.ClientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metric, r.LastValue, r.LastWindowStart })
                        .First())
                    .ToListAsync(cancellationToken);
                entityLevels.AddRange(latest.Select(l =>
                    (new EntityFigure(l.ClientProfileId, l.Platform, l.EntityType, l.EntityId, l.Metric, l.LastValue), l.LastWindowStart)));
            }
        }

        var previous = new List<PlatformTotal>();
        foreach (var part in Parts(filter, PeriodCover.Of(period.Previous)))
        {
            previous.AddRange(await part
                .GroupBy(r => new { r.Platform, r.Metric })
                .Select(g => new PlatformTotal(g.Key.Platform, g.Key.Metric, g.Sum(r => r.Sum)))
                .ToListAsync(cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new AnalyticsDataset(
            filter,
            [.. daily.Select(d => new DailyFigure(d.Platform, d.Metric, DateOnly.FromDateTime(d.BucketStart.UtcDateTime), d.Sum))],
            [.. entityTotals
                .Where(t => !MetricKinds.IsGauge(t.Metric))
                .GroupBy(t => (t.ClientProfileId, t.Platform, t.EntityType, t.EntityId, t.Metric))
                .Select(g => g.First() with { Value = g.Sum(t => t.Value) })],
            [.. entityLevels
                .GroupBy(l => (l.Figure.ClientProfileId, l.Figure.Platform, l.Figure.EntityType, l.Figure.EntityId, l.Figure.Metric))
                .Select(g => g.MaxBy(l => l.At).Figure)],
            [.. previous
                .GroupBy(t => (t.Platform, t.Metric))
                .Select(g => new PlatformTotal(g.Key.Platform, g.Key.Metric, g.Sum(t => t.Sum)))]);
    }

    /// <summary>The queries that together read the cover: whole weeks, then each run of edge days.</summary>
    private IEnumerable<IQueryable<MetricRollup>> Parts(AnalyticsFilter filter, PeriodCover cover)
    {
        if (cover.Weeks is { } weeks)
        {
            yield return Rollups(filter, Granularity.Week).Where(r => r.BucketStart >= weeks.Start && r.BucketStart < weeks.End);
        }
        foreach (var (start, end) in cover.Days)
        {
            yield return Rollups(filter, Granularity.Day).Where(r => r.BucketStart >= start && r.BucketStart < end);
        }
    }

    private IQueryable<MetricRollup> Rollups(AnalyticsFilter filter, string granularity)
    {
        var rows = db.Rollups.AsNoTracking().Where(r => r.Granularity == granularity);
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
