using System.Diagnostics;
using System.Text.Json;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Verification;
using AdFlux.Testing;
using Npgsql;
using NpgsqlTypes;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>Builds one tenant's valid chain of N rows with binary COPY, then times a full verify.</summary>
public static class VerifyBenchmark
{
    public static async Task RunAsync(TestInfrastructure infrastructure, int count)
    {
        var (name, connectionString) = await BenchmarkDatabase.CreateAsync(infrastructure, "bench_verify");
        var tenant = Guid.NewGuid();
        var load = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var writer = await connection.BeginBinaryImportAsync("""
                COPY ledger_events (tenant_id, position, event_id, event_type, source_service, correlation_id,
                    causation_id, occurred_at, recorded_at, payload, previous_hash, hash) FROM STDIN (FORMAT BINARY)
                """);
            var previous = LedgerHash.Genesis;
            var start = LedgerHash.ToStoredPrecision(DateTimeOffset.UtcNow.AddDays(-30));
            for (long position = 1; position <= count; position++)
            {
                var payload = JsonSerializer.Serialize(new { videoId = Guid.NewGuid(), fileName = $"clip-{position}.mp4", sizeBytes = position * 1000, durationSeconds = 42.5 });
                using var document = JsonDocument.Parse(payload);
                var at = start.AddMilliseconds(position);
                var link = new ChainLink(tenant, position, Guid.NewGuid(), "AdFlux.Contracts.Video.VideoUploaded", "video", Guid.NewGuid(), null, at, at, document.RootElement, previous);
                var hash = LedgerHash.Compute(link);
                await writer.StartRowAsync();
                await writer.WriteAsync(link.TenantId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(link.Position, NpgsqlDbType.Bigint);
                await writer.WriteAsync(link.EventId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(link.EventType, NpgsqlDbType.Varchar);
                await writer.WriteAsync(link.SourceService, NpgsqlDbType.Varchar);
                await writer.WriteAsync(link.CorrelationId!.Value, NpgsqlDbType.Uuid);
                await writer.WriteNullAsync();
                await writer.WriteAsync(link.OccurredAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(link.RecordedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(payload, NpgsqlDbType.Jsonb);
                await writer.WriteAsync(previous, NpgsqlDbType.Char);
                await writer.WriteAsync(hash, NpgsqlDbType.Char);
                previous = hash;
            }
            await writer.CompleteAsync();
        }
        load.Stop();

        await using var db = BenchmarkDatabase.Open(connectionString);
        using var signer = BenchmarkSigner.Create();
        var verify = Stopwatch.StartNew();
        var result = await new ChainVerifier(db, signer).VerifyAsync(tenant, CancellationToken.None);
        verify.Stop();
        Console.WriteLine($"verify: {result.Count} events in {verify.Elapsed.TotalSeconds:F1} s ({result.Count / verify.Elapsed.TotalSeconds:F0} events/s, ok={result.Ok}); building them with COPY took {load.Elapsed.TotalSeconds:F1} s");
        await db.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await infrastructure.Postgres.DropDatabaseAsync(name);
    }
}
