using AdFlux.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>The inbox table: which messages a consumer has already handled.</summary>
public static class Inbox
{
    /// <summary>
    /// Records the messages as handled by <paramref name="consumer"/> in the current transaction
    /// and returns those not recorded before: the ones to handle. A concurrent transaction
    /// recording the same id makes this one wait for its outcome.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> RecordAsync(
        this ServiceDbContext db, IEnumerable<Guid> messageIds, string consumer, DateTimeOffset handledAt, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The inbox is written in the transaction of the consumer's effects.");
        }
        var ids = messageIds.Distinct().ToArray();
        var recorded = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO inbox_messages (message_id, consumer, handled_at)
            SELECT id, {consumer}, {handledAt} FROM unnest({ids}) AS id
            ON CONFLICT DO NOTHING
            RETURNING message_id AS "Value"
            """).ToListAsync(cancellationToken);
        return recorded.ToHashSet();
    }
}
