using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

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
    // Reading the previous values and writing the new ones must not interleave with another writer
    // of the same series: both would see no point and both add it to the rollups. A lock per series
    // serialises them; the next statement of the batch takes a fresh snapshot that sees what the
    // other committed (READ COMMITTED).
    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    // Data-modifying CTEs share one snapshot: "previous" holds the values before this statement.
    // https://www.postgresql.org/docs/15/queries-with.html#QUERIES-WITH-MODIFYING
    private const string WriteSql = """
        WITH incoming AS (
            SELECT m.metric, m.value FROM unnest($6::text[], $7::double precision[]) AS m(metric, value)
        ), previous AS (
            SELECT p.metric, p.value FROM metric_points p
            WHERE p.tenant_id = $1 AND p.client_profile_id = $2 AND p.platform = $3 AND p.entity_type = $4 AND p.entity_id = $5
              AND p.window_start = $8 AND p.window_end = $9 AND p.metric = ANY($6::text[])
        ), written AS (
            INSERT INTO metric_points (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, window_start, window_end, value, observed_at, event_id)
            SELECT $1, $2, $3, $4, $5, i.metric, $8, $9, i.value, $10, $11 FROM incoming i
            ON CONFLICT (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, window_start, window_end)
            DO UPDATE SET value = excluded.value, observed_at = excluded.observed_at, event_id = excluded.event_id
            WHERE metric_points.observed_at <= excluded.observed_at
            RETURNING metric, value
        ), changes AS (
            SELECT w.metric, w.value, w.value - COALESCE(p.value, 0) AS delta, CASE WHEN p.metric IS NULL THEN 1 ELSE 0 END AS added
            FROM written w LEFT JOIN previous p ON p.metric = w.metric
        ), rolled AS (
            INSERT INTO metric_rollups (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start, sum, count, last_window_start, last_value)
            SELECT $1, $2, $3, $4, $5, c.metric, b.granularity, b.bucket_start, c.delta, c.added, $8, c.value
            FROM changes c
            CROSS JOIN (VALUES ('hour', $12::timestamptz), ('day', $13::timestamptz), ('week', $14::timestamptz)) AS b(granularity, bucket_start)
            ON CONFLICT (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start)
            DO UPDATE SET sum = metric_rollups.sum + excluded.sum,
                          count = metric_rollups.count + excluded.count,
                          last_value = CASE WHEN excluded.last_window_start >= metric_rollups.last_window_start
                                            THEN excluded.last_value ELSE metric_rollups.last_value END,
                          last_window_start = GREATEST(metric_rollups.last_window_start, excluded.last_window_start)
            RETURNING 1
        ), versioned AS (
            INSERT INTO series_versions (tenant_id, shard, version, updated_at)
            SELECT $1, $16, 1, $15 WHERE EXISTS (SELECT 1 FROM written)
            ON CONFLICT (tenant_id, shard) DO UPDATE SET version = series_versions.version + 1, updated_at = excluded.updated_at
            RETURNING 1
        )
        SELECT count(*)::int FROM written
        """;

    /// <summary>Returns how many points were written or replaced.</summary>
    public async Task<int> WriteAsync(
        SeriesKey series, IReadOnlyDictionary<string, double> metrics, DateTimeOffset windowStart, DateTimeOffset windowEnd,
        DateTimeOffset observedAt, Guid eventId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not { } transaction)
        {
            throw new InvalidOperationException("Points and their rollups are written in the caller's transaction.");
        }
        var finite = metrics.Where(m => double.IsFinite(m.Value)).ToList();
        if (finite.Count == 0)
        {
            return 0;
        }
        var start = windowStart.ToUniversalTime();
        var (tenant, profile, platform, entityType, entityId) = (series.TenantId, series.ClientProfileId, series.Platform, series.EntityType, series.EntityId);

        // One round trip for lock and write, prepared once per pooled connection: this runs for every metrics event.
        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        var seriesName = $"{tenant:N}|{profile:N}|{platform}|{entityType}|{entityId}";
        batch.BatchCommands.Add(new NpgsqlBatchCommand(LockSql) { Parameters = { Text(seriesName) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(WriteSql)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = tenant },
                new NpgsqlParameter<Guid> { TypedValue = profile },
                Text(platform),
                Text(entityType),
                Text(entityId),
                new NpgsqlParameter<string[]> { TypedValue = [.. finite.Select(m => m.Key)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new NpgsqlParameter<double[]> { TypedValue = [.. finite.Select(m => m.Value)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double },
                Time(start),
                Time(windowEnd),
                Time(observedAt),
                new NpgsqlParameter<Guid> { TypedValue = eventId },
                Time(Buckets.HourOf(start)),
                Time(Buckets.DayOf(start)),
                Time(Buckets.WeekOf(start)),
                Time(clock.GetUtcNow()),
                new NpgsqlParameter<short> { TypedValue = ShardOf(seriesName) },
            },
        });
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt32(0);
    }

    /// <summary>A stable shard per series (FNV-1a over its name), so one series always bumps the same version row.</summary>
    public static short ShardOf(string seriesName)
    {
        var hash = 2166136261u;
        foreach (var c in seriesName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return (short)(hash % SeriesVersion.Shards);
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset value) =>
        new() { TypedValue = value.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz };
}
