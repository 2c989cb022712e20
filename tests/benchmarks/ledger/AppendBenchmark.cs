using System.Diagnostics;
using System.Text.Json;
using AdFlux.Ledger.Chain;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>
/// Chained appends (lock per tenant, tail read, canonical JSON, SHA-256, insert) against plain
/// inserts of the same rows with precomputed values, both in transactions of 100 like the
/// ledger's batch consumer, same database server, same run.
/// </summary>
public static class AppendBenchmark
{
    private const int Batch = 100;

    public static async Task RunAsync(TestInfrastructure infrastructure, int count)
    {
        var (name, connectionString) = await BenchmarkDatabase.CreateAsync(infrastructure, "bench_append");
        var tenants = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var events = Enumerable.Range(0, count).Select(i => new IncomingEvent(
            tenants[i % tenants.Length], Guid.NewGuid(), "AdFlux.Contracts.Video.VideoUploaded", "video", Guid.NewGuid(), null,
            DateTimeOffset.UtcNow, JsonSerializer.Serialize(new { videoId = Guid.NewGuid(), fileName = $"clip-{i}.mp4", sizeBytes = 1_234_567 + i, durationSeconds = 42.5 })))
            .ToList();

        var chained = Stopwatch.StartNew();
        foreach (var chunk in events.Chunk(Batch))
        {
            await using var db = BenchmarkDatabase.Open(connectionString);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new LedgerAppender(db, TimeProvider.System).AppendAsync(chunk, CancellationToken.None);
            await transaction.CommitAsync();
        }
        chained.Stop();

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE plain_events (LIKE ledger_events INCLUDING ALL)", connection);
            await create.ExecuteNonQueryAsync();
        }
        var plain = Stopwatch.StartNew();
        long position = 0;
        foreach (var chunk in events.Chunk(Batch))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO plain_events (tenant_id, position, event_id, event_type, source_service, correlation_id,
                    causation_id, occurred_at, recorded_at, payload, previous_hash, hash)
                SELECT t, p, e, 'AdFlux.Contracts.Video.VideoUploaded', 'video', c, NULL, now(), now(), j, repeat('0', 64), repeat('0', 64)
                FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::uuid[], $5::jsonb[]) AS x(t, p, e, c, j)
                """, connection, transaction)
            {
                Parameters =
                {
                    new() { Value = chunk.Select(e => e.TenantId).ToArray() },
                    new() { Value = chunk.Select(_ => ++position).ToArray() },
                    new() { Value = chunk.Select(e => e.EventId).ToArray() },
                    new() { Value = chunk.Select(e => e.CorrelationId!.Value).ToArray() },
                    new() { Value = chunk.Select(e => e.PayloadJson).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb },
                },
            };
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        plain.Stop();

        var chainedRate = count / chained.Elapsed.TotalSeconds;
        var plainRate = count / plain.Elapsed.TotalSeconds;
        Console.WriteLine($"append: chained {chainedRate:F0} events/s, plain insert {plainRate:F0} rows/s, chained/plain = {chainedRate / plainRate:F2} ({count} events, transactions of {Batch})");
        NpgsqlConnection.ClearAllPools();
        await infrastructure.Postgres.DropDatabaseAsync(name);
    }
}
