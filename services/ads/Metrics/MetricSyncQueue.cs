using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Metrics;

/// <summary>Due pulls are leased from <c>metric_syncs</c> with SKIP LOCKED, so each runs once across instances.</summary>
public static class MetricSyncQueue
{
    public static async Task<MetricSync?> ClaimAsync(AdsDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.MetricSyncs.FromSql($"""
            UPDATE metric_syncs SET lease_owner = {owner}, lease_expires_at = {until}
            WHERE campaign_id = (
                SELECT campaign_id FROM metric_syncs
                WHERE next_run_at <= {now} AND (lease_expires_at IS NULL OR lease_expires_at < {now})
                ORDER BY next_run_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }
}
