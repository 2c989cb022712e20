using System.Diagnostics;
using System.Globalization;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Series;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AdFlux.Insights.Benchmarks;

/// <summary>
/// Rollup ingest rate against plain inserts of the same points, same run: each event (four metrics
/// of one hourly window) is one transaction, written either by <see cref="SeriesWriter"/> (point
/// upserts, hour/day/week rollups, data version) or by a plain INSERT of the four points into a
/// copy of the points table (same columns and indexes), both prepared, one round trip each. Rounds alternate which side goes first.
/// </summary>
public static class IngestBenchmark
{
    private static readonly string[] MetricNames = ["views", "likes", "comments", "shares"];

    public static async Task RunAsync(TestInfrastructure infrastructure, BenchmarkSettings settings)
    {
        var database = $"insights_ingest_{Guid.NewGuid():N}"[..30];
        await infrastructure.Postgres.EnsureDatabaseAsync(database);
        var connectionString = infrastructure.Postgres.ConnectionStringFor(database);
        await using (var db = Open(connectionString, null))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE plain_points (LIKE metric_points INCLUDING ALL)");
        }
        Console.WriteLine($"ingest: {settings.Events} events x {MetricNames.Length} metrics per round, {settings.Workers} writers, {settings.Rounds} rounds");
        // Not counted: the first statements of each kind pay for JIT and statement preparation.
        await RateAsync(connectionString, settings with { Events = settings.Workers * 25 }, WriteRollupAsync);
        await RateAsync(connectionString, settings with { Events = settings.Workers * 25 }, WritePlainAsync);
        var ratios = new List<double>();
        for (var round = 0; round < settings.Rounds; round++)
        {
            double rollup, plain;
            if (round % 2 == 0)
            {
                rollup = await RateAsync(connectionString, settings, WriteRollupAsync);
                plain = await RateAsync(connectionString, settings, WritePlainAsync);
            }
            else
            {
                plain = await RateAsync(connectionString, settings, WritePlainAsync);
                rollup = await RateAsync(connectionString, settings, WriteRollupAsync);
            }
            ratios.Add(rollup / plain);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: rollups {rollup:0} events/s, plain inserts {plain:0} events/s, ratio {rollup / plain:0.00}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest ratio (rollups / plain): median {Percentiles.Of(ratios, 0.5):0.00}, min {ratios.Min():0.00}, max {ratios.Max():0.00} (target >= 0.5)"));
        await infrastructure.Postgres.DropDatabaseAsync(database);
    }

    private static async Task<double> RateAsync(
        string connectionString, BenchmarkSettings settings, Func<InsightsDbContext, Guid, int, int, Task> write)
    {
        var tenant = Guid.NewGuid();
        var perWorker = settings.Events / settings.Workers;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Workers).Select(worker => Task.Run(async () =>
        {
            await using var db = Open(connectionString, tenant);
            for (var i = 0; i < perWorker; i++)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await write(db, tenant, worker, i);
                await transaction.CommitAsync();
            }
        })));
        return perWorker * settings.Workers / watch.Elapsed.TotalSeconds;
    }

    private static async Task WriteRollupAsync(InsightsDbContext db, Guid tenant, int worker, int hour)
    {
        var writer = new SeriesWriter(db, TimeProvider.System);
        var start = Start.AddHours(hour);
        await writer.WriteAsync(Series(tenant, worker), Values(hour), start, start.AddHours(1), DateTimeOffset.UtcNow, Guid.CreateVersion7(), CancellationToken.None);
    }

    /// <summary>The baseline at its best: one prepared INSERT of the event's points, one round trip.</summary>
    private static async Task WritePlainAsync(InsightsDbContext db, Guid tenant, int worker, int hour)
    {
        var series = Series(tenant, worker);
        var values = Values(hour);
        var start = Start.AddHours(hour);
        await using var command = new NpgsqlCommand("""
            INSERT INTO plain_points (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, window_start, window_end, value, observed_at, event_id)
            SELECT $1, $2, $3, $4, $5, m.metric, $8, $9, m.value, $10, $11
            FROM unnest($6::text[], $7::double precision[]) AS m(metric, value)
            """, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction())
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = series.TenantId },
                new NpgsqlParameter<Guid> { TypedValue = series.ClientProfileId },
                new NpgsqlParameter<string> { TypedValue = series.Platform, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter<string> { TypedValue = series.EntityType, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter<string> { TypedValue = series.EntityId, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter<string[]> { TypedValue = [.. values.Keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new NpgsqlParameter<double[]> { TypedValue = [.. values.Values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = start, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = start.AddHours(1), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = DateTimeOffset.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() },
            },
        };
        await command.PrepareAsync();
        await command.ExecuteNonQueryAsync();
    }

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static SeriesKey Series(Guid tenant, int worker) => new(tenant, Guid.Empty, "youtube", "video", $"bench-{worker}");

    private static Dictionary<string, double> Values(int hour) =>
        MetricNames.Select((name, i) => (name, value: (double)(hour % 97 + i))).ToDictionary(p => p.name, p => p.value);

    private static InsightsDbContext Open(string connectionString, Guid? tenant) =>
        new(MigrationSchema.OptionsFor<InsightsDbContext>(connectionString), new FixedTenantContext(tenant));
}
