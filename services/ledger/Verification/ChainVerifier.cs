using System.Data;
using System.Text.Json;
using AdFlux.Ledger.Chain;
using AdFlux.Ledger.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ledger.Verification;

/// <summary>
/// Walks a tenant's chain in position order, streaming rows, and recomputes every hash:
/// a row whose content changed fails its own hash, a removed or reordered row breaks the
/// next row's position or previous hash.
/// </summary>
public sealed class ChainVerifier(LedgerDbContext db)
{
    public async Task<ChainVerification> VerifyAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
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
            expectedPrevious = stored;
        }
        return new ChainVerification(true, count, null);
    }

    private static ChainVerification Broken(long verified, BrokenLink link) => new(false, verified, link);
}
