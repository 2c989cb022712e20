using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Reports;

/// <summary>Due report runs are leased from <c>report_schedules</c> with SKIP LOCKED, so each runs once across instances.</summary>
public static class ReportScheduleQueue
{
    public static async Task<ReportSchedule?> ClaimAsync(InsightsDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var claimed = await db.ReportSchedules.FromSql($"""
            UPDATE report_schedules SET lease_owner = {owner}, lease_expires_at = {until}
            WHERE (tenant_id, client_profile_id) = (
                SELECT tenant_id, client_profile_id FROM report_schedules
                WHERE next_run_at <= {now} AND (lease_expires_at IS NULL OR lease_expires_at < {now})
                ORDER BY next_run_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }
}
