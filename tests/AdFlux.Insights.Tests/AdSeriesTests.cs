using AdFlux.Contracts;
using AdFlux.Contracts.Ads;
using AdFlux.Contracts.Video;
using AdFlux.Insights.Consumers;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Tests;

/// <summary>Ads' campaign figures and video's publications over the real broker into the client's series.</summary>
[Collection(InsightsCollection.Name)]
public sealed class AdSeriesTests(InsightsWorld world)
{
    [Fact]
    public async Task Overlapping_syncs_replace_the_days_they_share_and_spend_is_in_the_currency()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var campaign = Guid.NewGuid();
        // Two syncs of a 3-day lookback, a day apart: 10–12 November, then 11–13 with the 12th restated.
        var first = Synced(tenant, profile, campaign, "USD", Day(10, 1000, 1234), Day(11, 2000, 50), Day(12, 3000, 0));
        var second = Synced(tenant, profile, campaign, "USD", Day(11, 2000, 50), Day(12, 3500, 10), Day(13, 4000, 99)) with
        {
            OccurredAt = first.OccurredAt.AddDays(1),
        };
        await PublishAndWaitAsync(first, second);

        await using var db = world.Db(tenant);
        var days = await db.Rollups.Where(r => r.Metric == "impressions" && r.Granularity == Granularity.Day).OrderBy(r => r.BucketStart).ToListAsync();
        Assert.Equal([1000d, 2000d, 3500d, 4000d], days.Select(d => d.Sum));
        Assert.All(days, d => Assert.Equal(("meta-ads", profile, CampaignMetricsSyncedConsumer.EntityType, campaign.ToString()), (d.Platform, d.ClientProfileId, d.EntityType, d.EntityId)));
        var week = await db.Rollups.SingleAsync(r => r.Metric == "impressions" && r.Granularity == Granularity.Week && r.BucketStart == Metrics.Day("2026-11-09"));
        Assert.Equal(10_500, week.Sum);
        var spend = await db.Points.Where(p => p.Metric == "spend").OrderBy(p => p.WindowStart).Select(p => p.Value).ToListAsync();
        Assert.Equal([12.34, 0.5, 0.1, 0.99], spend);
    }

    [Fact]
    public async Task A_sync_without_its_days_is_not_spread_over_them()
    {
        var tenant = Guid.NewGuid();
        var totalsOnly = Synced(tenant, Guid.NewGuid(), Guid.NewGuid(), "EUR", Day(10, 1000, 1)) with { Days = null };
        await PublishAndWaitAsync(totalsOnly);

        await using var db = world.Db(tenant);
        Assert.Empty(await db.Points.ToListAsync());
    }

    [Fact]
    public async Task A_publication_counts_once_on_its_day_even_when_confirmed_again()
    {
        var tenant = Guid.NewGuid();
        var publication = Guid.NewGuid();
        var confirmed = new PublicationConfirmed(Guid.CreateVersion7(), tenant, DateTimeOffset.Parse("2026-11-10T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            publication, Guid.NewGuid(), "TikTok", "7300000000000000001", "https://www.tiktok.com/@artist/video/7300000000000000001");
        var again = confirmed with { EventId = Guid.CreateVersion7(), OccurredAt = confirmed.OccurredAt.AddMinutes(5) };
        var other = confirmed with { EventId = Guid.CreateVersion7(), PublicationId = Guid.NewGuid() };
        await PublishAndWaitAsync(confirmed, again, other);

        await using var db = world.Db(tenant);
        var days = await db.Rollups.Where(r => r.Metric == PublicationConfirmedConsumer.Metric && r.Granularity == Granularity.Day && r.Platform == "tiktok").ToListAsync();
        Assert.Equal(new[] { publication.ToString(), other.PublicationId.ToString() }.Order(StringComparer.Ordinal), days.Select(d => d.EntityId).Order(StringComparer.Ordinal));
        Assert.All(days, d => Assert.Equal((1d, Metrics.Day("2026-11-10")), (d.Sum, d.BucketStart)));
    }

    /// <summary>One at a time, so that each is handled in the order given.</summary>
    private async Task PublishAndWaitAsync<TEvent>(params TEvent[] messages) where TEvent : class, IIntegrationEvent
    {
        foreach (var message in messages)
        {
            await world.PublishAsync(message);
            await world.HandledAsync(message);
        }
    }

    private static CampaignMetricsSynced Synced(Guid tenant, Guid profile, Guid campaign, string currency, params CampaignDayFigures[] days) =>
        new(Guid.CreateVersion7(), tenant, DateTimeOffset.Parse("2026-11-14T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), campaign, profile, "meta",
            Midnight(days[0].Date), Midnight(days[^1].Date).AddDays(1),
            days.Sum(d => d.Impressions), days.Sum(d => d.Clicks), days.Sum(d => d.SpendMinor), (long)days.Sum(d => d.Conversions), currency, days);

    private static CampaignDayFigures Day(int november, long impressions, long spendMinor) =>
        new(new DateOnly(2026, 11, november), impressions, impressions / 2, impressions / 100, spendMinor, impressions / 1000d, spendMinor * 3);

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
