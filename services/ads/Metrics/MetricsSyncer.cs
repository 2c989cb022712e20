using AdFlux.Ads.Accounts;
using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Metrics;

/// <summary>
/// Pulls one campaign's days over the lookback window and replaces what was held for them
/// (a restated day overwrites its row; nothing is added to it), then announces the window's totals
/// and any budget threshold reached for the first time, all in one transaction.
/// </summary>
public sealed class MetricsSyncer(
    AdsDbContext db, AdPlatformRegistry platforms, AccountCredentials credentials, IOptions<MetricsOptions> options, TimeProvider clock)
{
    /// <returns>The days pulled (empty when the campaign is not on its platform or not started).</returns>
    public async Task<IReadOnlyList<DateOnly>> SyncAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign?.ExternalCampaignId is null)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var from = Max(DateOnly.FromDateTime(campaign.StartsAt.UtcDateTime), today.AddDays(1 - options.Value.LookbackDays));
        var to = campaign.EndsAt is { } end ? Min(today, DateOnly.FromDateTime(end.UtcDateTime)) : today;
        if (to < from)
        {
            return [];
        }
        var account = await db.Accounts.FirstAsync(a => a.ClientProfileId == campaign.ClientProfileId && a.Platform == campaign.Platform, cancellationToken);
        var pulled = await platforms.For(campaign.Platform).GetDailyAsync(new AccountAccess(account, credentials.Open(account)), campaign, from, to, cancellationToken);

        var held = await db.DailyMetrics.Where(m => m.CampaignId == campaignId).ToDictionaryAsync(m => m.Date, cancellationToken);
        foreach (var day in pulled.Where(d => d.Date >= from && d.Date <= to))
        {
            if (!held.TryGetValue(day.Date, out var row))
            {
                row = new DailyMetric { CampaignId = campaign.Id, Date = day.Date, TenantId = campaign.TenantId, ClientProfileId = campaign.ClientProfileId };
                db.DailyMetrics.Add(row);
                held[day.Date] = row;
            }
            row.Impressions = day.Impressions;
            row.Reach = day.Reach;
            row.Clicks = day.Clicks;
            row.SpendMinor = day.SpendMinor;
            row.Conversions = day.Conversions;
            row.ConversionValueMinor = day.ConversionValueMinor;
            row.SyncedAt = now;
        }
        var window = held.Values.Where(m => m.Date >= from && m.Date <= to).ToList();
        db.AddEvent(new CampaignMetricsSynced(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
            Midnight(from), Midnight(to.AddDays(1)), window.Sum(m => m.Impressions), window.Sum(m => m.Clicks), window.Sum(m => m.SpendMinor),
            (long)Math.Round(window.Sum(m => m.Conversions))), clock);

        var alerted = (await db.BudgetAlerts.Where(a => a.CampaignId == campaignId).Select(a => new { a.PeriodStart, a.ThresholdPercent }).ToListAsync(cancellationToken))
            .Select(a => (a.PeriodStart, a.ThresholdPercent)).ToHashSet();
        var days = pulled.Select(d => d.Date).Where(d => d >= from && d <= to).Distinct().Order().ToList();
        foreach (var period in BudgetPacing.Periods(campaign, held.Values, days, now))
        {
            foreach (var threshold in BudgetPacing.Reached(period).Where(t => alerted.Add((period.Start, t))))
            {
                db.BudgetAlerts.Add(new BudgetAlert
                {
                    CampaignId = campaign.Id,
                    PeriodStart = period.Start,
                    ThresholdPercent = threshold,
                    TenantId = campaign.TenantId,
                    SpendMinor = period.SpendMinor,
                    ReachedAt = now,
                });
                db.AddEvent(new BudgetThresholdReached(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
                    Api.Names.Of(campaign.BudgetKind), Midnight(period.Start), threshold, period.SpendMinor, period.BudgetMinor, period.ProjectedSpendMinor,
                    campaign.Currency), clock);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return days;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
