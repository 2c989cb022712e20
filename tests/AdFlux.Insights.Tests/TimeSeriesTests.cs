using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Tests;

/// <summary>PlatformMetricsReceived over the real broker into points and their hourly, daily and weekly rollups.</summary>
[Collection(InsightsCollection.Name)]
public sealed class TimeSeriesTests(InsightsWorld world)
{
    [Fact]
    public async Task Metrics_become_points_with_hourly_daily_and_weekly_rollups()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        // Tuesday 3 November 2026; its ISO week starts on Monday the 2nd.
        var morning = Metrics.Received(tenant, profile, "YouTube", "video", "v1", Metrics.Day("2026-11-03").AddHours(10), TimeSpan.FromHours(1),
            Metrics.Of(("views", 100), ("likes", 10)));
        var noon = Metrics.Received(tenant, profile, "youtube", "video", "v1", Metrics.Day("2026-11-03").AddHours(12), TimeSpan.FromHours(1),
            Metrics.Of(("views", 50)));
        var nextSunday = Metrics.Received(tenant, profile, "youtube", "video", "v1", Metrics.Day("2026-11-08").AddHours(23), TimeSpan.FromHours(1),
            Metrics.Of(("views", 7)));
        await world.PublishAndWaitAsync(morning, noon, nextSunday);

        await using var db = world.Db(tenant);
        var points = await db.Points.OrderBy(p => p.WindowStart).ThenBy(p => p.Metric).ToListAsync();
        Assert.Equal(4, points.Count);
        Assert.All(points, p => Assert.Equal(("youtube", profile), (p.Platform, p.ClientProfileId)));

        var views = await db.Rollups.Where(r => r.Metric == "views").ToListAsync();
        double Sum(string granularity, string start) =>
            views.Single(r => r.Granularity == granularity && r.BucketStart == DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture)).Sum;
        Assert.Equal(100, Sum(Granularity.Hour, "2026-11-03T10:00:00Z"));
        Assert.Equal(50, Sum(Granularity.Hour, "2026-11-03T12:00:00Z"));
        Assert.Equal(150, Sum(Granularity.Day, "2026-11-03T00:00:00Z"));
        Assert.Equal(7, Sum(Granularity.Day, "2026-11-08T00:00:00Z"));
        var week = views.Single(r => r.Granularity == Granularity.Week);
        Assert.Equal((157d, 3, 7d), (week.Sum, week.Count, week.LastValue));
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), week.BucketStart);
    }

    [Fact]
    public async Task A_restatement_replaces_the_point_and_never_doubles_the_rollups()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var window = Metrics.Day("2026-11-10");
        var first = Metrics.Received(tenant, profile, "spotify", "track", "t1", window, TimeSpan.FromDays(1),
            Metrics.Of(("streams", 100)), DateTimeOffset.Parse("2026-11-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await world.PublishAndWaitAsync(first);

        var restated = first with { EventId = Guid.CreateVersion7(), OccurredAt = first.OccurredAt.AddHours(5), Metrics = Metrics.Of(("streams", 130), ("saves", 4)) };
        var stale = first with { EventId = Guid.CreateVersion7(), OccurredAt = first.OccurredAt.AddHours(-1), Metrics = Metrics.Of(("streams", 999)) };
        await world.PublishAndWaitAsync(restated);
        await world.PublishAndWaitAsync(stale);
        // The same event delivered again (at-least-once) is found in the inbox and changes nothing.
        await world.PublishAndWaitAsync(restated);

        await using var db = world.Db(tenant);
        var point = await db.Points.SingleAsync(p => p.Metric == "streams");
        Assert.Equal((130d, restated.EventId), (point.Value, point.EventId));
        var rollups = await db.Rollups.Where(r => r.Metric == "streams").ToListAsync();
        Assert.Equal(3, rollups.Count);
        Assert.All(rollups, r => Assert.Equal((130d, 1, 130d), (r.Sum, r.Count, r.LastValue)));
        Assert.Equal(4, (await db.Rollups.SingleAsync(r => r.Metric == "saves" && r.Granularity == Granularity.Week)).Sum);
    }

    [Fact]
    public async Task Restatements_of_one_window_handled_at_once_leave_the_latest_observation_counted_once()
    {
        var tenant = Guid.NewGuid();
        var window = Metrics.Day("2026-11-11");
        var observed = DateTimeOffset.Parse("2026-11-12T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        // Published together, in reverse order of observation: the consumer handles them concurrently and out of order.
        var restatements = Enumerable.Range(1, 12).Reverse()
            .Select(i => Metrics.Received(tenant, null, "youtube", "video", "v-race", window, TimeSpan.FromDays(1), Metrics.Of(("views", i * 10)), observed.AddMinutes(i)))
            .ToArray();
        await Task.WhenAll(restatements.Select(world.PublishAsync));
        foreach (var message in restatements)
        {
            await world.HandledAsync(message);
        }

        await using var db = world.Db(tenant);
        Assert.Equal(120, (await db.Points.SingleAsync()).Value);
        var rollups = await db.Rollups.ToListAsync();
        Assert.Equal(3, rollups.Count);
        Assert.All(rollups, r => Assert.Equal((120d, 1, 120d), (r.Sum, r.Count, r.LastValue)));
    }

    [Fact]
    public async Task Figures_of_another_tenant_are_not_visible_and_profiles_stay_apart()
    {
        var tenant = Guid.NewGuid();
        var other = Guid.NewGuid();
        var window = Metrics.Day("2026-11-12");
        await world.PublishAndWaitAsync(
            Metrics.Received(tenant, null, "youtube", "channel", "shared-id", window, TimeSpan.FromDays(1), Metrics.Of(("views", 5))),
            Metrics.Received(other, null, "youtube", "channel", "shared-id", window, TimeSpan.FromDays(1), Metrics.Of(("views", 9))));

        await using var db = world.Db(tenant);
        var point = await db.Points.SingleAsync();
        Assert.Equal((5d, SeriesKey.NoClientProfile), (point.Value, point.ClientProfileId));
        Assert.Equal(5, (await db.Rollups.SingleAsync(r => r.Granularity == Granularity.Day)).Sum);
    }
}
