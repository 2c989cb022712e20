using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Requests;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Studio.Escalation;

/// <summary>
/// Requests in review whose current step's timeout passed and that are not yet escalated, leased one
/// at a time with SKIP LOCKED (as <c>metric_syncs</c> are), so each is escalated once across instances.
/// Across tenants: the claim runs before any tenant is known; the escalation then runs as the request's tenant.
/// </summary>
public static class EscalationQueue
{
    public static async Task<DueEscalation?> ClaimAsync(AdsDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.Database.SqlQuery<DueEscalation>($"""
            UPDATE content_requests SET escalation_lease_owner = {owner}, escalation_lease_expires_at = {until}
            WHERE id = (
                SELECT r.id FROM content_requests r
                JOIN approval_steps s ON s.workflow_id = r.workflow_id AND s.position = r.current_step
                WHERE r.status = {RequestStatus.InReview} AND NOT r.escalated
                  AND s.escalate_after IS NOT NULL AND s.escalate_to IS NOT NULL
                  AND r.step_entered_at + s.escalate_after <= {now}
                  AND (r.escalation_lease_expires_at IS NULL OR r.escalation_lease_expires_at < {now})
                ORDER BY r.step_entered_at
                LIMIT 1
                FOR UPDATE OF r SKIP LOCKED)
            RETURNING id AS "Id", tenant_id AS "TenantId"
            """).ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }
}
