using System.Globalization;
using System.Net;
using System.Text.Json;
using AdFlux.Ads.Api;
using AdFlux.Ads.Domain;
using AdFlux.Contracts.Ads;
using AdFlux.PlatformSandbox.Meta;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class MetricsTests(AdsWorld world)
{
    private static readonly HashSet<string> Fields = ["spend", "impressions", "reach", "clicks", "actions", "action_values"];

    [Fact]
    public async Task A_published_campaign_is_pulled_over_the_lookback_and_restated_days_replace_what_was_held()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = await PublishedAsync(publication, budgetMinor: 500_000, startsDaysAgo: 20);
        var external = campaign.ExternalCampaignId!;

        var first = await SyncedAsync(campaign.Id, since: null);
        await using (var db = world.Db(world.Matrix.A.TenantId))
        {
            var rows = await db.DailyMetrics.AsNoTracking().Where(m => m.CampaignId == campaign.Id).OrderBy(m => m.Date).ToListAsync();
            Assert.Equal(Enumerable.Range(0, 7).Select(i => today.AddDays(i - 6)), rows.Select(r => r.Date));
            foreach (var row in rows)
            {
                var expected = MetaMarketingApis.Row(external, row.Date, Fields);
                Assert.Equal(long.Parse((string)expected["impressions"], CultureInfo.InvariantCulture), row.Impressions);
                Assert.Equal((long)(decimal.Parse((string)expected["spend"], CultureInfo.InvariantCulture) * 100), row.SpendMinor);
            }
        }

        using (var sandbox = world.SandboxClient())
        {
            (await sandbox.PostAsync($"/sandbox/meta/restate?id={external}", null)).EnsureSuccessStatusCode();
        }
        await TriggerAsync(campaign.Id);
        await SyncedAsync(campaign.Id, since: first);

        await using (var db = world.Db(world.Matrix.A.TenantId))
        {
            var rows = await db.DailyMetrics.AsNoTracking().Where(m => m.CampaignId == campaign.Id).OrderBy(m => m.Date).ToListAsync();
            Assert.Equal(7, rows.Count);
            var restated = rows.Select(r => long.Parse((string)MetaMarketingApis.Row(external, r.Date, Fields, restatement: 1)["impressions"], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(restated, rows.Select(r => r.Impressions));
            var original = rows.Select(r => long.Parse((string)MetaMarketingApis.Row(external, r.Date, Fields)["impressions"], CultureInfo.InvariantCulture));
            Assert.NotEqual(original, rows.Select(r => r.Impressions));
            var synced = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CampaignMetricsSynced,")).ToListAsync())
                .Where(m => m.Payload.Contains(campaign.Id.ToString(), StringComparison.Ordinal)).ToList();
            Assert.Equal(2, synced.Count);
            Assert.Contains($"\"Impressions\":{restated.Sum()}", synced.OrderBy(m => m.Id).Last().Payload.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            var last = JsonSerializer.Deserialize<CampaignMetricsSynced>(synced.OrderBy(m => m.Id).Last().Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            Assert.Equal(restated, last.Days!.Select(d => d.Impressions));
            Assert.Equal(rows.Select(r => r.Date), last.Days!.Select(d => d.Date));
        }
    }

    [Fact]
    public async Task The_report_sums_days_and_weeks_and_derives_the_kpis()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var campaign = await PublishedAsync(publication, budgetMinor: 500_000, startsDaysAgo: 20);
        await SyncedAsync(campaign.Id, since: null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var daily = await Drafts.ExpectAsync<CampaignReport>(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign.Id}/report?from={from}&to={to}&granularity=day",
            world.AdminA, null, HttpStatusCode.OK);
        var weekly = await Drafts.ExpectAsync<CampaignReport>(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign.Id}/report?from={from}&to={to}&granularity=week",
            world.AdminA, null, HttpStatusCode.OK);

        Assert.Equal(7, daily.Buckets.Count);
        Assert.All(weekly.Buckets, b => Assert.Equal(DayOfWeek.Monday, b.Start.DayOfWeek));
        Assert.Equal(daily.Totals, weekly.Totals);
        Assert.Equal(daily.Buckets.Sum(b => b.Kpis.Impressions), daily.Totals.Impressions);
        var t = daily.Totals;
        Assert.Equal((double)t.Clicks / t.Impressions, t.Ctr!.Value, 1e-9);
        Assert.Equal((double)t.SpendMinor / t.Clicks, t.CpcMinor!.Value, 1e-9);
        Assert.Equal(t.SpendMinor * 1000.0 / t.Impressions, t.CpmMinor!.Value, 1e-9);
        Assert.Equal((double)t.ConversionValueMinor / t.SpendMinor, t.Roas!.Value, 1e-9);
        Assert.Equal((double)t.Impressions / t.Reach!.Value, t.Frequency!.Value, 1e-9);

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign.Id}/report?from={to}&to={from}&granularity=month", world.AdminA);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["from"]);
        Assert.NotNull(problem["errors"]!["granularity"]);
    }

    [Fact]
    public async Task Budget_thresholds_fire_once_per_threshold_and_day_however_often_the_days_are_pulled()
    {
        var publication = await Publication.NewAsync(world, "google");
        // One unit a day: every pulled day overspends, so each day reaches 50, 80 and 100 %.
        var campaign = await PublishedAsync(publication, budgetMinor: 100, startsDaysAgo: 3);

        var first = await SyncedAsync(campaign.Id, since: null);
        await TriggerAsync(campaign.Id);
        await SyncedAsync(campaign.Id, since: first);

        await using var db = world.Db(world.Matrix.A.TenantId);
        var alerts = await db.BudgetAlerts.AsNoTracking().Where(a => a.CampaignId == campaign.Id).ToListAsync();
        Assert.Equal(4 * 3, alerts.Count);
        Assert.Equal([50, 80, 100], alerts.Select(a => a.ThresholdPercent).Distinct().Order());
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.BudgetThresholdReached,")).ToListAsync())
            .Count(m => m.Payload.Contains(campaign.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(12, events);
        Assert.Null((await Drafts.ExpectAsync<CampaignReport>(world.Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign.Id}/report", world.AdminA, null, HttpStatusCode.OK)).Totals.Frequency);

        var account = Assert.Single(await Drafts.ExpectAsync<List<AccountResponse>>(world.Client, HttpMethod.Get, "/api/ads/accounts", world.AdminA, null, HttpStatusCode.OK),
            a => a.ClientProfileId == publication.ClientProfile);
        var report = await Drafts.ExpectAsync<AccountReport>(world.Client, HttpMethod.Get, $"/api/ads/accounts/{account.Id}/report", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(campaign.Id, Assert.Single(report.Campaigns).CampaignId);
        Assert.Equal(report.Campaigns[0].Kpis.SpendMinor, report.TotalsByCurrency["USD"].SpendMinor);
        Assert.Equal(12, report.BudgetAlerts.Count);
    }

    [Fact]
    public async Task A_finished_day_far_from_its_past_weekdays_is_announced_once_with_its_expected_range()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var campaign = await PublishedAsync(publication, budgetMinor: 5_000_000, startsDaysAgo: 50);
        var first = await SyncedAsync(campaign.Id, since: null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = world.Db(world.Matrix.A.TenantId))
        {
            // Eight weeks before the lookback at ten cents a day; the sandbox's days spend dollars.
            db.DailyMetrics.AddRange(Enumerable.Range(7, 56).Select(back => new DailyMetric
            {
                CampaignId = campaign.Id,
                Date = today.AddDays(-back),
                TenantId = world.Matrix.A.TenantId,
                ClientProfileId = publication.ClientProfile,
                Impressions = 1000,
                Clicks = 10,
                SpendMinor = 10,
                Conversions = 1,
                SyncedAt = DateTimeOffset.UtcNow,
            }));
            await db.SaveChangesAsync();
        }
        await TriggerAsync(campaign.Id);
        var second = await SyncedAsync(campaign.Id, since: first);
        var afterSecond = await AnomalyEventsAsync(campaign.Id);
        await TriggerAsync(campaign.Id);
        await SyncedAsync(campaign.Id, since: second);

        var announced = await AnomalyEventsAsync(campaign.Id);
        Assert.Equal(afterSecond.Select(a => a.EventId).Order(), announced.Select(a => a.EventId).Order());
        var spend = announced.Where(a => a.Metric == "spend").OrderBy(a => a.Date).ToList();
        // The six finished days of the lookback; today is still running and is not judged.
        Assert.Equal(Enumerable.Range(1, 6).Select(back => today.AddDays(-back)).Order(), spend.Select(a => a.Date));
        // Median 0.10 with no spread: the deviation is floored at a tenth of it, so 0.10 ± 3 × 0.01.
        Assert.All(spend, a => Assert.Equal(0.07, a.ExpectedLow, 1e-9));
        Assert.All(spend, a => Assert.Equal(0.13, a.ExpectedHigh, 1e-9));
        Assert.All(spend, a => Assert.True(a.Observed > a.ExpectedHigh, a.Explanation));
        Assert.Contains("drawn from the same weekday of the last 8 weeks", spend[0].Explanation, StringComparison.Ordinal);
        await using var check = world.Db(world.Matrix.A.TenantId);
        Assert.Equal(announced.Count, await check.CampaignAnomalies.CountAsync(a => a.CampaignId == campaign.Id));
    }

    private async Task<List<CampaignAnomalyDetected>> AnomalyEventsAsync(Guid campaignId)
    {
        await using var db = world.Db(world.Matrix.A.TenantId);
        return [.. (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CampaignAnomalyDetected,")).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<CampaignAnomalyDetected>(m.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Where(a => a.CampaignId == campaignId)];
    }

    private async Task<CampaignResponse> PublishedAsync(Publication publication, long budgetMinor, int startsDaysAgo)
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-startsDaysAgo), TimeSpan.Zero);
        var draft = await publication.DraftAsync(ads: 1, campaignBody: Drafts.Campaign(publication.ClientProfile, publication.Platform, "Pulled",
            budgetMinor: budgetMinor, startsAt: start, endsAt: start.AddDays(60)));
        var published = await publication.PublishAsync(draft.Id);
        Assert.Equal("active", published.Status);
        return published;
    }

    /// <summary>Waits for a pull of the campaign finished after <paramref name="since"/>; returns its time.</summary>
    private async Task<DateTimeOffset> SyncedAsync(Guid campaignId, DateTimeOffset? since)
    {
        await using var db = world.Db(world.Matrix.A.TenantId);
        var sync = await Eventually.WaitAsync(() => db.MetricSyncs.AsNoTracking().SingleAsync(s => s.CampaignId == campaignId),
            s => s.LastSyncedAt is { } at && (since is null || at > since), TimeSpan.FromSeconds(30));
        Assert.True(sync.LastSyncedAt is { } done && (since is null || done > since), $"campaign {campaignId} was not pulled: {sync.LastError}");
        return sync.LastSyncedAt!.Value;
    }

    /// <summary>Makes the campaign's next pull due now (as the schedule would after its interval).</summary>
    private async Task TriggerAsync(Guid campaignId)
    {
        await using var db = world.Db(world.Matrix.A.TenantId);
        await db.MetricSyncs.Where(s => s.CampaignId == campaignId).ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }
}
