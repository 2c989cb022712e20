using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Publishing;

/// <summary>
/// Publications are leased from the database: a worker takes a due publishing campaign, or one
/// whose lease expired because its worker died, with SKIP LOCKED, so two instances never run one
/// campaign at once and a crashed run is resumed from the ids it stored.
/// </summary>
public static class PublishQueue
{
    public static async Task<(Guid Id, Guid TenantId, int Attempts)?> ClaimAsync(
        AdsDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var publishing = nameof(CampaignStatus.Publishing);
        var claimed = await db.Campaigns.FromSql($"""
            UPDATE campaigns SET lease_owner = {owner}, lease_expires_at = {until}, publish_attempts = publish_attempts + 1
            WHERE id = (
                SELECT id FROM campaigns
                WHERE status = {publishing}
                  AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                  AND (lease_expires_at IS NULL OR lease_expires_at < {now})
                ORDER BY next_attempt_at NULLS FIRST
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault() is { } campaign ? (campaign.Id, campaign.TenantId, campaign.PublishAttempts) : null;
    }
}
