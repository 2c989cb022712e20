using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Series;

/// <summary>
/// Writes the metrics of one observed window of a series and moves its hour, day and week rollups
/// by exactly the change each point makes, in the caller's transaction: a new point adds its value
/// and one to the count; a restatement (the same window again, observed no earlier) replaces the
/// point and adds only the difference, so nothing is counted twice; an older observation changes
/// nothing. The tenant's data version moves when any point changed.
/// </summary>
public sealed class SeriesWriter(InsightsDbContext db, TimeProvider clock)
{
    /// <summary>Returns how many points were written or replaced.</summary>
    public async Task<int> WriteAsync(
        SeriesKey series, IReadOnlyDictionary<string, double> metrics, DateTimeOffset windowStart, DateTimeOffset windowEnd,
        DateTimeOffset observedAt, Guid eventId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Points and their rollups are written in the caller's transaction.");
        }
        var finite = metrics.Where(m => double.IsFinite(m.Value)).ToList();
        if (finite.Count == 0)
        {
            return 0;
        }
        var names = finite.Select(m => m.Key).ToArray();
        var values = finite.Select(m => m.Value).ToArray();
        var start = windowStart.ToUniversalTime();
        var end = windowEnd.ToUniversalTime();
        var observed = observedAt.ToUniversalTime();
        var (tenant, profile, platform, entityType, entityId) = (series.TenantId, series.ClientProfileId, series.Platform, series.EntityType, series.EntityId);

        // Reading the previous values and writing the new ones must not interleave with another
        // writer of the same series: both would see no point and both add it to the rollups. A
        // lock per series serialises them; the statement after it sees what the other committed.
        var lockKey = $"{tenant:N}|{profile:N}|{platform}|{entityType}|{entityId}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", cancellationToken);

        // Data-modifying CTEs share one snapshot: "previous" holds the values before this statement.
        // https://www.postgresql.org/docs/15/queries-with.html#QUERIES-WITH-MODIFYING
        // Not composed (no SingleAsync): a WITH holding data-modifying statements must stay at the top level.
        var changed = await db.Database.SqlQuery<int>($"""
            WITH incoming AS (
                SELECT m.metric, m.value FROM unnest({names}::text[], {values}::double precision[]) AS m(metric, value)
            ), previous AS (
                SELECT p.metric, p.value FROM metric_points p
                WHERE p.tenant_id = {tenant} AND p.client_profile_id = {profile} AND p.platform = {platform}
                  AND p.entity_type = {entityType} AND p.entity_id = {entityId}
                  AND p.window_start = {start} AND p.window_end = {end} AND p.metric = ANY({names}::text[])
            ), written AS (
                INSERT INTO metric_points (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, window_start, window_end, value, observed_at, event_id)
                SELECT {tenant}, {profile}, {platform}, {entityType}, {entityId}, i.metric, {start}, {end}, i.value, {observed}, {eventId} FROM incoming i
                ON CONFLICT (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, window_start, window_end)
                DO UPDATE SET value = excluded.value, observed_at = excluded.observed_at, event_id = excluded.event_id
                WHERE metric_points.observed_at <= excluded.observed_at
                RETURNING metric, value
            ), changes AS (
                SELECT w.metric, w.value, w.value - COALESCE(p.value, 0) AS delta, CASE WHEN p.metric IS NULL THEN 1 ELSE 0 END AS added
                FROM written w LEFT JOIN previous p ON p.metric = w.metric
            ), rolled AS (
                INSERT INTO metric_rollups (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start, sum, count, last_window_start, last_value)
                SELECT {tenant}, {profile}, {platform}, {entityType}, {entityId}, c.metric, b.granularity, b.bucket_start, c.delta, c.added, {start}, c.value
                FROM changes c
                CROSS JOIN (VALUES ({Granularity.Hour}, {Buckets.HourOf(start)}), ({Granularity.Day}, {Buckets.DayOf(start)}), ({Granularity.Week}, {Buckets.WeekOf(start)})) AS b(granularity, bucket_start)
                ON CONFLICT (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start)
                DO UPDATE SET sum = metric_rollups.sum + excluded.sum,
                              count = metric_rollups.count + excluded.count,
                              last_value = CASE WHEN excluded.last_window_start >= metric_rollups.last_window_start
                                                THEN excluded.last_value ELSE metric_rollups.last_value END,
                              last_window_start = GREATEST(metric_rollups.last_window_start, excluded.last_window_start)
                RETURNING 1
            ), versioned AS (
                INSERT INTO series_versions (tenant_id, version, updated_at)
                SELECT {tenant}, 1, {clock.GetUtcNow()} WHERE EXISTS (SELECT 1 FROM written)
                ON CONFLICT (tenant_id) DO UPDATE SET version = series_versions.version + 1, updated_at = excluded.updated_at
                RETURNING 1
            )
            SELECT count(*)::int AS "Value" FROM written
            """).ToListAsync(cancellationToken);
        return changed.Single();
    }
}
