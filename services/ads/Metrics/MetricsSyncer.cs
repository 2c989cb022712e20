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
/// and any budget threshold reached and any anomaly found for the first time, all in one transaction.
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

        var days = pulled.Where(d => d.Date >= from && d.Date <= to).GroupBy(d => d.Date).Select(g => g.Last()).OrderBy(d => d.Date).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One statement for the whole window: a pulled day replaces its row (restated figures), never adds to it.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO daily_metrics (campaign_id, date, tenant_id, client_profile_id, impressions, reach, clicks, spend_minor, conversions, conversion_value_minor, synced_at)
            SELECT {campaign.Id}, t.date, {campaign.TenantId}, {campaign.ClientProfileId}, t.impressions, t.reach, t.clicks, t.spend, t.conversions, t.value, {now}
            FROM unnest({days.Select(d => d.Date).ToArray()}, {days.Select(d => d.Impressions).ToArray()}, {days.Select(d => d.Reach).ToArray()},
                        {days.Select(d => d.Clicks).ToArray()}, {days.Select(d => d.SpendMinor).ToArray()}, {days.Select(d => d.Conversions).ToArray()},
                        {days.Select(d => d.ConversionValueMinor).ToArray()})
                AS t(date, impressions, reach, clicks, spend, conversions, value)
            ON CONFLICT (campaign_id, date) DO UPDATE SET
                impressions = excluded.impressions, reach = excluded.reach, clicks = excluded.clicks, spend_minor = excluded.spend_minor,
                conversions = excluded.conversions, conversion_value_minor = excluded.conversion_value_minor, synced_at = excluded.synced_at
            """, cancellationToken);
        db.AddEvent(new CampaignMetricsSynced(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
            Midnight(from), Midnight(to.AddDays(1)), days.Sum(m => m.Impressions), days.Sum(m => m.Clicks), days.Sum(m => m.SpendMinor),
            (long)Math.Round(days.Sum(m => m.Conversions)), campaign.Currency,
            [.. days.Select(d => new CampaignDayFigures(d.Date, d.Impressions, d.Reach, d.Clicks, d.SpendMinor, d.Conversions, d.ConversionValueMinor))]), clock);

        // A lifetime budget is paced on everything spent so far; a daily one on the days just pulled.
        var spentBefore = campaign.BudgetKind == BudgetKind.Lifetime
            ? await db.DailyMetrics.Where(m => m.CampaignId == campaignId && (m.Date < from || m.Date > to)).SumAsync(m => m.SpendMinor, cancellationToken)
            : 0;
        var spent = days.Select(d => new DailyMetric { Date = d.Date, SpendMinor = d.SpendMinor })
            .Append(new DailyMetric { Date = from.AddDays(-1), SpendMinor = spentBefore }).ToList();
        var reached = BudgetPacing.Periods(campaign, spent, days.Select(d => d.Date), now)
            .SelectMany(period => BudgetPacing.Reached(period).Select(threshold => (Period: period, Threshold: threshold)))
            .ToList();
        if (reached.Count > 0)
        {
            var alerted = (await db.BudgetAlerts.Where(a => a.CampaignId == campaignId).Select(a => new { a.PeriodStart, a.ThresholdPercent }).ToListAsync(cancellationToken))
                .Select(a => (a.PeriodStart, a.ThresholdPercent)).ToHashSet();
            foreach (var (period, threshold) in reached.Where(r => alerted.Add((r.Period.Start, r.Threshold))))
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
        await AnnounceAnomaliesAsync(campaign, days.Select(d => d.Date).Where(d => d < today).ToList(), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. days.Select(d => d.Date)];
    }

    /// <summary>The finished days just pulled, judged against their past weeks (<see cref="CampaignAnomalies"/>); each finding is announced once.</summary>
    private async Task AnnounceAnomaliesAsync(Campaign campaign, List<DateOnly> finishedDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (finishedDays.Count == 0)
        {
            return;
        }
        var first = finishedDays.Min();
        var since = first.AddDays(-7 * CampaignAnomalies.WeeksBack);
        var history = await db.DailyMetrics.AsNoTracking().Where(m => m.CampaignId == campaign.Id && m.Date >= since).ToListAsync(cancellationToken);
        var findings = CampaignAnomalies.Find(history, finishedDays, campaign.Currency);
        if (findings.Count == 0)
        {
            return;
        }
        var announced = (await db.CampaignAnomalies.Where(a => a.CampaignId == campaign.Id && a.Date >= first).Select(a => new { a.Date, a.Metric }).ToListAsync(cancellationToken))
            .Select(a => (a.Date, a.Metric)).ToHashSet();
        foreach (var finding in findings.Where(f => announced.Add((f.Date, f.Metric))))
        {
            db.CampaignAnomalies.Add(new CampaignAnomaly
            {
                CampaignId = campaign.Id,
                Date = finding.Date,
                Metric = finding.Metric,
                TenantId = campaign.TenantId,
                Observed = finding.Observed,
                ExpectedLow = finding.Low,
                ExpectedHigh = finding.High,
                DetectedAt = now,
            });
            db.AddEvent(new CampaignAnomalyDetected(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
                finding.Date, finding.Metric, finding.Observed, finding.Low, finding.High, finding.Explanation), clock);
        }
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
