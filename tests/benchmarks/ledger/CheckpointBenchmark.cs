using System.Diagnostics;
using System.Text.Json;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Checkpoints;
using AdFlux.Testing;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>
/// Chained appends with a checkpoint round running beside them against the same appends
/// without, three rounds in one run after a warm-up, alternating which goes first. Rounds run every 50 ms, far more often than
/// the 5-minute default, so their cost shows if there is one.
/// </summary>
public static class CheckpointBenchmark
{
    private const int Batch = 100;
    private static readonly TimeSpan RoundEvery = TimeSpan.FromMilliseconds(50);

    public static async Task RunAsync(TestInfrastructure infrastructure, int count)
    {
        using var signer = BenchmarkSigner.Create();
        // Warm-up (JIT tiers, server caches), then the order alternates so a drift favours neither side.
        await AppendAsync(infrastructure, count, signer: null);
        var ratios = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var withFirst = round % 2 == 1;
            var first = await AppendAsync(infrastructure, count, withFirst ? signer : null);
            var second = await AppendAsync(infrastructure, count, withFirst ? null : signer);
            var (without, with) = withFirst ? (second, first) : (first, second);
            ratios.Add(with.Rate / without.Rate);
            Console.WriteLine($"checkpoints: append {without.Rate:F0} events/s without, {with.Rate:F0} with ({with.Checkpoints} checkpoints signed meanwhile), with/without = {with.Rate / without.Rate:F2}");
        }
        Console.WriteLine($"checkpoints: with/without over 3 rounds min {ratios.Min():F2}, median {ratios.Order().ElementAt(1):F2}, max {ratios.Max():F2}");
    }

    private static async Task<(double Rate, int Checkpoints)> AppendAsync(TestInfrastructure infrastructure, int count, CheckpointSigner? signer)
    {
        var (name, connectionString) = await BenchmarkDatabase.CreateAsync(infrastructure, "bench_checkpoint");
        var tenants = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var events = Enumerable.Range(0, count).Select(i => new IncomingEvent(
            tenants[i % tenants.Length], Guid.NewGuid(), "AdFlux.Contracts.Video.VideoUploaded", "video", Guid.NewGuid(), null,
            DateTimeOffset.UtcNow, JsonSerializer.Serialize(new { videoId = Guid.NewGuid(), fileName = $"clip-{i}.mp4", sizeBytes = 1_234_567 + i })))
            .ToList();
        using var stop = new CancellationTokenSource();
        var checkpoints = signer is null ? Task.FromResult(0) : CheckpointRoundsAsync(connectionString, signer, stop.Token);

        var clock = Stopwatch.StartNew();
        foreach (var chunk in events.Chunk(Batch))
        {
            await using var db = BenchmarkDatabase.Open(connectionString);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new LedgerAppender(db, TimeProvider.System).AppendAsync(chunk, CancellationToken.None);
            await transaction.CommitAsync();
        }
        clock.Stop();
        await stop.CancelAsync();
        var written = await checkpoints;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await infrastructure.Postgres.DropDatabaseAsync(name);
        return (count / clock.Elapsed.TotalSeconds, written);
    }

    private static async Task<int> CheckpointRoundsAsync(string connectionString, CheckpointSigner signer, CancellationToken stop)
    {
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            await using (var db = BenchmarkDatabase.Open(connectionString))
            {
                written += await new CheckpointWriter(db, signer, TimeProvider.System).WriteDueAsync(CancellationToken.None);
            }
            try
            {
                await Task.Delay(RoundEvery, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return written;
    }
}
