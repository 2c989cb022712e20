using System.Text.Json;
using AdFlux.Ledger.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AdFlux.Ledger.Chain;

/// <summary>
/// Appends events to their tenants' chains inside the caller's transaction. A
/// transaction-scoped advisory lock per tenant serialises appends of one tenant (taken in key
/// order, so two batches never deadlock; other tenants proceed in parallel); after taking
/// them the tenants' last rows are read in a fresh snapshot, so new rows link to whatever the
/// previous lock holder committed. Events already in the ledger are skipped.
/// </summary>
public sealed class LedgerAppender(LedgerDbContext db, TimeProvider clock)
{
    /// <returns>How many rows were appended.</returns>
    public async Task<int> AppendAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)(db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Ledger appends run inside the consumer's transaction.")).GetDbTransaction();
        var tenants = events.Select(e => e.TenantId).Distinct().OrderBy(LockKey).ToArray();
        var (tails, present) = await LockAndReadAsync(connection, transaction, tenants, events.Select(e => e.EventId).ToArray(), cancellationToken);

        var recordedAt = LedgerHash.ToStoredPrecision(clock.GetUtcNow());
        var rows = new List<(ChainLink Link, string Payload, string Hash)>(events.Count);
        foreach (var incoming in events)
        {
            if (!present.Add(incoming.EventId))
            {
                continue;
            }
            var (position, previousHash) = tails.GetValueOrDefault(incoming.TenantId, (0L, LedgerHash.Genesis));
            using var payload = JsonDocument.Parse(incoming.PayloadJson);
            var link = new ChainLink(
                incoming.TenantId, position + 1, incoming.EventId, incoming.EventType, incoming.SourceService,
                incoming.CorrelationId, incoming.CausationId, LedgerHash.ToStoredPrecision(incoming.OccurredAt),
                recordedAt, payload.RootElement, previousHash);
            var hash = LedgerHash.Compute(link);
            tails[incoming.TenantId] = (link.Position, hash);
            rows.Add((link, incoming.PayloadJson, hash));
        }
        if (rows.Count > 0)
        {
            await InsertAsync(connection, transaction, rows, cancellationToken);
        }
        return rows.Count;
    }

    /// <summary>Two tenants sharing a key only wait for each other; correctness does not depend on keys being distinct.</summary>
    public static long LockKey(Guid tenantId)
    {
        Span<byte> bytes = stackalloc byte[16];
        tenantId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }

    private static async Task<(Dictionary<Guid, (long Position, string Hash)> Tails, HashSet<Guid> Present)> LockAndReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] tenants, Guid[] eventIds, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var tenant in tenants)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)") { Parameters = { new() { Value = LockKey(tenant) } } });
        }
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT t.id, l.position, l.hash
            FROM unnest($1::uuid[]) AS t(id)
            CROSS JOIN LATERAL (SELECT position, hash FROM ledger_events WHERE tenant_id = t.id ORDER BY position DESC LIMIT 1) AS l
            """) { Parameters = { new() { Value = tenants } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT event_id FROM ledger_events WHERE event_id = ANY($1)")
        {
            Parameters = { new() { Value = eventIds } },
        });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < tenants.Length; i++)
        {
            await reader.NextResultAsync(cancellationToken);
        }
        var tails = new Dictionary<Guid, (long, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tails[reader.GetGuid(0)] = (reader.GetInt64(1), reader.GetString(2));
        }
        await reader.NextResultAsync(cancellationToken);
        var present = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            present.Add(reader.GetGuid(0));
        }
        return (tails, present);
    }

    private static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<(ChainLink Link, string Payload, string Hash)> rows, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO ledger_events (tenant_id, position, event_id, event_type, source_service, correlation_id,
                causation_id, occurred_at, recorded_at, payload, previous_hash, hash)
            SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::text[], $6::uuid[],
                $7::uuid[], $8::timestamptz[], $9::timestamptz[], $10::jsonb[], $11::text[], $12::text[])
            """, connection, transaction)
        {
            Parameters =
            {
                new() { Value = rows.Select(r => r.Link.TenantId).ToArray() },
                new() { Value = rows.Select(r => r.Link.Position).ToArray() },
                new() { Value = rows.Select(r => r.Link.EventId).ToArray() },
                new() { Value = rows.Select(r => r.Link.EventType).ToArray() },
                new() { Value = rows.Select(r => r.Link.SourceService).ToArray() },
                new() { Value = rows.Select(r => r.Link.CorrelationId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new() { Value = rows.Select(r => r.Link.CausationId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new() { Value = rows.Select(r => r.Link.OccurredAt).ToArray() },
                new() { Value = rows.Select(r => r.Link.RecordedAt).ToArray() },
                new() { Value = rows.Select(r => r.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb },
                new() { Value = rows.Select(r => r.Link.PreviousHash).ToArray() },
                new() { Value = rows.Select(r => r.Hash).ToArray() },
            },
        };
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
