using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Jobs;

/// <summary>
/// Jobs are leased from the database, not held as unacknowledged broker deliveries: the
/// consumer of <c>VideoUploaded</c> only records the job and acknowledges at once, so RabbitMQ's
/// delivery-acknowledgement timeout (30 minutes by default) never applies to a render. A worker
/// takes a due job, or one whose lease expired because its worker died, with SKIP LOCKED.
/// </summary>
public static class JobQueue
{
    public static async Task<VideoJob?> ClaimAsync(VideoDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.Jobs.FromSql($"""
            UPDATE video_jobs SET
                state = 'Running', lease_owner = {owner}, lease_expires_at = {until}, attempts = attempts + 1,
                started_at = COALESCE(started_at, {now}), stage = 'starting', progress = 0
            WHERE id = (
                SELECT id FROM video_jobs
                WHERE NOT cancel_requested
                  AND ((state IN ('Pending', 'Retrying') AND next_attempt_at <= {now})
                       OR (state = 'Running' AND lease_expires_at < {now}))
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    /// <summary>Extends the lease and reports progress; false when the job was cancelled or the lease was lost to another worker.</summary>
    public static async Task<bool> HeartbeatAsync(
        VideoDbContext db, Guid jobId, string owner, DateTimeOffset until, string stage, double progress, CancellationToken cancellationToken)
    {
        var updated = await db.Database.ExecuteSqlAsync($"""
            UPDATE video_jobs SET lease_expires_at = {until}, stage = {stage}, progress = {progress}
            WHERE id = {jobId} AND lease_owner = {owner} AND state = 'Running' AND NOT cancel_requested
            """, cancellationToken);
        return updated == 1;
    }
}
