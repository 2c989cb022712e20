using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Pulls;

/// <summary>Due schedules are leased from <c>pull_schedules</c> with SKIP LOCKED, so each pull runs once across instances.</summary>
public static class PullQueue
{
    public static async Task<PullSchedule?> ClaimAsync(IngestDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.PullSchedules.FromSql($"""
            UPDATE pull_schedules SET lease_owner = {owner}, lease_expires_at = {until}
            WHERE id = (
                SELECT id FROM pull_schedules
                WHERE next_run_at <= {now} AND (lease_expires_at IS NULL OR lease_expires_at < {now})
                ORDER BY next_run_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }
}
