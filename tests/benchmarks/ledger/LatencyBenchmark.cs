using System.Diagnostics;
using System.Globalization;
using AdFlux.Contracts;
using AdFlux.Contracts.Video;
using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Video.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>
/// Commit → ledger latency at a sustained rate: the video service commits events through its
/// outbox in small transactions on a fixed schedule; the ledger's <c>recorded_at</c> minus the
/// event's <c>occurred_at</c> (stamped just before commit) covers outbox dispatch, publish with
/// confirms, RabbitMQ, the batch consumer and the chained insert.
/// </summary>
public static class LatencyBenchmark
{
    public static async Task RunAsync(TestInfrastructure infrastructure, int ratePerSecond, int seconds)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var messaging = await infrastructure.RabbitMq.CreateVirtualHostAsync("bench-" + suffix);
        var ledgerDb = $"bench_ledger_{suffix}";
        var videoDb = $"bench_video_{suffix}";
        await infrastructure.Postgres.EnsureDatabaseAsync(ledgerDb);
        await infrastructure.Postgres.EnsureDatabaseAsync(videoDb);
        var total = ratePerSecond * seconds;
        {
            await using var ledger = new QuietFactory<Program>(ResourceNames.Ledger, new IsolatedResources(infrastructure, ledgerDb, infrastructure.Postgres.ConnectionStringFor(ledgerDb), messaging));
            await using var video = new QuietFactory<AdFlux.Video.Program>(ResourceNames.Video, new IsolatedResources(infrastructure, videoDb, infrastructure.Postgres.ConnectionStringFor(videoDb), messaging));
            await ledger.Services.GetRequiredService<DatabaseState<LedgerDbContext>>().Migrated;
            await video.Services.GetRequiredService<DatabaseState<VideoDbContext>>().Migrated;

            const int TicksPerSecond = 50;
            var perTick = Math.Max(1, ratePerSecond / TicksPerSecond);
            var tenant = Guid.NewGuid();
            var clock = Stopwatch.StartNew();
            for (var tick = 0; tick < seconds * TicksPerSecond; tick++)
            {
                var due = TimeSpan.FromSeconds((double)tick / TicksPerSecond);
                if (clock.Elapsed < due)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
                await using var scope = video.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
                for (var i = 0; i < perTick; i++)
                {
                    db.AddEvent(new VideoUploaded(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, Guid.NewGuid(), null, "clip.mp4", 1, 1));
                }
                await db.SaveChangesAsync();
            }
            var expected = seconds * TicksPerSecond * perTick;
            while (await ScalarAsync(infrastructure.Postgres.ConnectionStringFor(ledgerDb), "SELECT count(*)::float8 FROM ledger_events") < expected)
            {
                await Task.Delay(100);
            }
            var connectionString = infrastructure.Postgres.ConnectionStringFor(ledgerDb);
            var p50 = await ScalarAsync(connectionString, "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM recorded_at - occurred_at)) * 1000 FROM ledger_events");
            var p99 = await ScalarAsync(connectionString, "SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM recorded_at - occurred_at)) * 1000 FROM ledger_events");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"latency: commit -> ledger at {ratePerSecond}/s for {seconds}s ({expected} events): p50 {p50:F1} ms, p99 {p99:F1} ms, sustained {expected / clock.Elapsed.TotalSeconds:F0}/s"));
        }
        NpgsqlConnection.ClearAllPools();
        await infrastructure.Postgres.DropDatabaseAsync(ledgerDb);
        await infrastructure.Postgres.DropDatabaseAsync(videoDb);
        _ = total;
    }

    private static async Task<double> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    private sealed class QuietFactory<TProgram>(string service, IsolatedResources resources) : ServiceFactory<TProgram>(service, resources)
        where TProgram : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
