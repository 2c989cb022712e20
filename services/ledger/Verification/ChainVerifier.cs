using System.Data;
using System.Text.Json;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Checkpoints;
using AdFlux.Ledger.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ledger.Verification;

/// <summary>
/// Walks a tenant's chain in position order, streaming rows, and recomputes every hash:
/// a row whose content changed fails its own hash, a removed or reordered row breaks the
/// next row's position or previous hash. A rewrite that recomputed every hash is caught by
/// the signed checkpoints: the row at a checkpoint's position must still have the signed hash,
/// and the chain must still reach the last checkpoint.
/// </summary>
public sealed class ChainVerifier(LedgerDbContext db, CheckpointSigner signer)
{
    public async Task<ChainVerification> VerifyAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var checkpoints = await db.Checkpoints.IgnoreQueryFilters().Where(c => c.TenantId == tenantId)
            .OrderBy(c => c.Position).AsNoTracking().ToListAsync(cancellationToken);
        var latest = checkpoints.Count == 0 ? (DateTimeOffset?)null : checkpoints.Max(c => c.CreatedAt);
        foreach (var checkpoint in checkpoints)
        {
            var statement = new CheckpointStatement(tenantId, checkpoint.Position, checkpoint.HeadHash, checkpoint.CreatedAt);
            if (!signer.Verifies(statement, checkpoint.KeyId, checkpoint.Signature))
            {
                return new ChainVerification(false, 0, new BrokenLink(checkpoint.Position, Guid.Empty,
                    $"the checkpoint of {checkpoint.CreatedAt:O} at position {checkpoint.Position} does not carry a valid signature of key {signer.KeyId} (forged, or signed with another key)",
                    checkpoint.HeadHash, ""), 0, latest);
            }
        }
        var signedAt = checkpoints.ToDictionary(c => c.Position);
        ChainVerification Broken(long verified, BrokenLink link) =>
            new(false, verified, link, checkpoints.Count(c => c.Position <= verified), latest);

        await using var command = new NpgsqlCommand("""
            SELECT position, event_id, event_type, source_service, correlation_id, causation_id,
                   occurred_at, recorded_at, payload::text, previous_hash, hash
            FROM ledger_events WHERE tenant_id = $1 ORDER BY position
            """, connection)
        {
            Parameters = { new() { Value = tenantId } },
        };
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var expectedPrevious = LedgerHash.Genesis;
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.GetInt64(0);
            var eventId = reader.GetGuid(1);
            var eventType = reader.GetString(2);
            var source = reader.GetString(3);
            Guid? correlation = reader.IsDBNull(4) ? null : reader.GetGuid(4);
            Guid? causation = reader.IsDBNull(5) ? null : reader.GetGuid(5);
            var occurred = reader.GetFieldValue<DateTimeOffset>(6);
            var recorded = reader.GetFieldValue<DateTimeOffset>(7);
            var payload = reader.GetString(8);
            var previous = reader.GetString(9);
            var stored = reader.GetString(10);
            count++;

            if (position != count)
            {
                return Broken(count - 1, new BrokenLink(position, eventId, $"position {position} where {count} was expected (a row is missing or moved)", stored, ""));
            }
            if (previous != expectedPrevious)
            {
                return Broken(count - 1, new BrokenLink(position, eventId, "previous hash does not match the hash of the row before", previous, expectedPrevious));
            }
            using var document = JsonDocument.Parse(payload);
            var recomputed = LedgerHash.Compute(new ChainLink(
                tenantId, position, eventId, eventType, source, correlation, causation, occurred, recorded, document.RootElement, previous));
            if (recomputed != stored)
            {
                return Broken(count - 1, new BrokenLink(position, eventId, "row content does not match its hash", stored, recomputed));
            }
            if (signedAt.TryGetValue(position, out var checkpoint) && checkpoint.HeadHash != stored)
            {
                return Broken(count - 1, new BrokenLink(position, eventId,
                    $"hash differs from the checkpoint signed {checkpoint.CreatedAt:O}: the chain was rewritten up to here", stored, checkpoint.HeadHash));
            }
            expectedPrevious = stored;
        }
        if (checkpoints.Count > 0 && checkpoints[^1] is { } last && last.Position > count)
        {
            return Broken(count, new BrokenLink(last.Position, Guid.Empty,
                $"the chain ends at position {count} but a checkpoint signed {last.CreatedAt:O} covers position {last.Position}: rows were removed", "", last.HeadHash));
        }
        return new ChainVerification(true, count, null, checkpoints.Count, latest);
    }
}
