using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Data.Work;

/// <summary>
/// Leases the due row of a schedule table (columns <c>next_run_at</c>, <c>lease_owner</c>,
/// <c>lease_expires_at</c>): the one due soonest whose lease is free or expired, taken with SKIP
/// LOCKED, so each run happens once across instances and a dead worker's lease runs out.
/// </summary>
public static class ScheduleLease
{
    /// <param name="table">The table's name, a constant of the caller's (never input).</param>
    /// <param name="key">Its key column(s), comma-separated, likewise a constant.</param>
    public static async Task<T?> ClaimAsync<T>(
        DbSet<T> rows, string table, string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        where T : class
    {
        var sql = $$"""
            UPDATE {{table}} SET lease_owner = {0}, lease_expires_at = {1}
            WHERE ({{key}}) = (
                SELECT {{key}} FROM {{table}}
                WHERE next_run_at <= {2} AND (lease_expires_at IS NULL OR lease_expires_at < {2})
                ORDER BY next_run_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """;
        // No caller's tenant here: the worker runs the claimed row with that row's tenant.
        var claimed = await rows.FromSqlRaw(sql, owner, now + lease, now).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }
}
