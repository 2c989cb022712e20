using AdFlux.Contracts.Ledger;
using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ledger.Checkpoints;

/// <summary>
/// Signs the head of every tenant chain that grew since its last checkpoint, stores the
/// checkpoint and publishes it (<see cref="LedgerCheckpointCreated"/>, through the outbox in the
/// same transaction). A transaction-scoped advisory lock makes one instance do a round at a time.
/// </summary>
public sealed class CheckpointWriter(LedgerDbContext db, CheckpointSigner signer, TimeProvider clock)
{
    /// <summary>Arbitrary, fixed: the advisory lock key of a checkpoint round.</summary>
    private const long RoundLock = 0x4c_65_64_67_65_72_43_50;

    /// <returns>How many checkpoints were written (0 when another instance holds the round).</returns>
    public async Task<int> WriteDueAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var locked = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock($1)", connection) { Parameters = { new() { Value = RoundLock } } })
        {
            if (await locked.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }
        var heads = await DueHeadsAsync(connection, cancellationToken);
        var createdAt = Stored(clock.GetUtcNow());
        foreach (var (tenantId, position, hash) in heads)
        {
            var statement = new CheckpointStatement(tenantId, position, hash, createdAt);
            var checkpoint = new LedgerCheckpoint
            {
                TenantId = tenantId,
                Position = position,
                HeadHash = hash,
                CreatedAt = createdAt,
                KeyId = signer.KeyId,
                Signature = signer.Sign(statement),
            };
            db.Checkpoints.Add(checkpoint);
            db.AddEvent(new LedgerCheckpointCreated(
                Guid.NewGuid(), tenantId, createdAt, position, hash, createdAt, checkpoint.KeyId, checkpoint.Signature), clock);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return heads.Count;
    }

    /// <summary>PostgreSQL keeps microseconds: sign what will be read back.</summary>
    public static DateTimeOffset Stored(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>Each tenant's head row, where it is past the tenant's last checkpoint.</summary>
    private static async Task<List<(Guid TenantId, long Position, string Hash)>> DueHeadsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // A loose index scan over (tenant_id, position): one index probe per tenant instead of a
        // scan of the whole chain, so a round costs the same however long the chains grow.
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE tenant AS (
                (SELECT tenant_id AS id FROM ledger_events ORDER BY tenant_id LIMIT 1)
                UNION ALL
                SELECT (SELECT tenant_id FROM ledger_events WHERE tenant_id > tenant.id ORDER BY tenant_id LIMIT 1) FROM tenant WHERE tenant.id IS NOT NULL
            )
            SELECT tenant.id, head.position, head.hash
            FROM tenant
            CROSS JOIN LATERAL (SELECT position, hash FROM ledger_events WHERE tenant_id = tenant.id ORDER BY position DESC LIMIT 1) AS head
            WHERE tenant.id IS NOT NULL
              AND head.position > COALESCE((SELECT max(position) FROM ledger_checkpoints WHERE tenant_id = tenant.id), 0)
            ORDER BY tenant.id
            """, connection);
        var heads = new List<(Guid, long, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add((reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2)));
        }
        return heads;
    }
}
