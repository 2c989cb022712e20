using AdFlux.Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Webhooks;

/// <summary>Counts a refused delivery: always on the metric, and per tenant, source, reason and hour in <c>webhook_rejections</c> when the tenant is known.</summary>
public sealed class RejectionCounter(IngestDbContext db, IngestMetrics metrics, TimeProvider clock, ILogger<RejectionCounter> logger)
{
    public async Task CountAsync(Guid? tenantId, string source, string reason, CancellationToken cancellationToken)
    {
        metrics.Rejected(source, reason);
        logger.LogInformation("Webhook delivery for {Source} refused: {Reason}", source, reason);
        if (tenantId is not { } tenant)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var hour = Hours.Floor(now);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO webhook_rejections (tenant_id, source, reason, hour, count, last_at)
            VALUES ({tenant}, {source}, {reason}, {hour}, 1, {now})
            ON CONFLICT (tenant_id, source, reason, hour)
            DO UPDATE SET count = webhook_rejections.count + 1, last_at = EXCLUDED.last_at
            """, CancellationToken.None);
    }
}
