using System.Net;
using System.Text.Json.Nodes;
using AdFlux.Testing.Auth;

namespace AdFlux.Insights.Tests;

/// <summary>The analytics endpoints over figures that came through the broker: envelope, numbers, filters, errors and the cache.</summary>
[Collection(InsightsCollection.Name)]
public sealed class AnalyticsApiTests(InsightsWorld world)
{
    private const string Week = "from=2026-11-01&to=2026-11-07";

    [Fact]
    public async Task The_answer_comes_in_the_seed_envelope_with_the_figures_rates_and_changes()
    {
        var (tenant, profile) = (Guid.NewGuid(), Guid.NewGuid());
        await world.PublishAndWaitAsync(
            Metrics.Received(tenant, profile, "youtube", "channel", "UC1", Metrics.Day("2026-11-02"), TimeSpan.FromDays(1),
                Metrics.Of(("views", 2000), ("likes", 150), ("comments", 30), ("shares", 20), ("subscribers", 510))),
            Metrics.Received(tenant, profile, "youtube", "channel", "UC1", Metrics.Day("2026-11-03"), TimeSpan.FromDays(1),
                Metrics.Of(("views", 1000), ("subscribers", 530))),
            // The previous week, for the period-over-period change.
            Metrics.Received(tenant, profile, "youtube", "channel", "UC1", Metrics.Day("2026-10-28"), TimeSpan.FromDays(1),
                Metrics.Of(("views", 2000))));
        using var client = world.Client(TestTokens.Admin(tenant));

        var body = await InsightsWorld.GetJsonAsync(client, $"/api/insights/analytics/youtube?{Week}");

        Assert.Equal("success", (string?)body["status"]);
        Assert.True(DateTimeOffset.TryParse((string?)body["timestamp"], System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(["metrics", "insights", "recommendations"], body["data"]!.AsObject().Select(p => p.Key));
        var meta = body["meta"]!.AsObject();
        Assert.Equal(["processing_time", "cache_status", "api_version"], meta.Select(p => p.Key));
        Assert.Matches(@"^\d+\.\d{3}s$", (string?)meta["processing_time"]);
        Assert.Equal("v1", (string?)meta["api_version"]);

        var youtube = body["data"]!["metrics"]!["platforms"]!["youtube"]!;
        Assert.Equal(3000, (double)youtube["totals"]!["views"]!);
        Assert.Equal(2000, (double)youtube["previousTotals"]!["views"]!);
        Assert.Null(youtube["totals"]!["subscribers"]);
        Assert.Equal(530, (double)youtube["latest"]!["subscribers"]!);
        // (150 + 20 + 30) / 3000 views: no impressions reported, so views are the base.
        Assert.Equal(200d / 3000, (double)youtube["rates"]!["engagementRate"]!, 12);
        Assert.Equal("UC1", (string?)youtube["topEntities"]![0]!["entityId"]);
        var change = body["data"]!["insights"]!["changes"]!.AsArray().Single(c => (string?)c!["metric"] == "views")!;
        Assert.Equal(50, (double)change["changePercent"]!, 9);
        Assert.Equal(2, youtube["daily"]!.AsArray().Count);
    }

    [Fact]
    public async Task Insights_and_recommendations_follow_from_the_numbers()
    {
        var (tenant, profile) = (Guid.NewGuid(), Guid.NewGuid());
        var events = new List<Contracts.Ingest.PlatformMetricsReceived>();
        for (var day = 0; day < 7; day++)
        {
            var date = Metrics.Day("2026-11-01").AddDays(day);
            events.Add(Metrics.Received(tenant, profile, "youtube", "channel", "UC1", date, TimeSpan.FromDays(1), Metrics.Of(("views", 1000 + 100 * day))));
            events.Add(Metrics.Received(tenant, profile, "spotify", "artist", "A1", date, TimeSpan.FromDays(1), Metrics.Of(("streams", 500 - 10 * day))));
            events.Add(Metrics.Received(tenant, profile, "youtube", "channel", "UC1", date.AddDays(-7), TimeSpan.FromDays(1), Metrics.Of(("views", 1000))));
            events.Add(Metrics.Received(tenant, profile, "spotify", "artist", "A1", date.AddDays(-7), TimeSpan.FromDays(1), Metrics.Of(("streams", 600))));
        }
        await world.PublishAndWaitAsync([.. events]);
        using var client = world.Client(TestTokens.Admin(tenant));

        var data = (await InsightsWorld.GetJsonAsync(client, $"/api/insights/analytics/comprehensive?{Week}"))["data"]!;

        // YouTube: 9100 against 7000 (+30 %); Spotify: 3290 against 4200 (−21.7 %).
        var best = data["insights"]!["bestPlatform"]!;
        Assert.Equal(("youtube", "views", 2), ((string?)best["platform"], (string?)best["metric"], (int)best["compared"]!));
        Assert.Equal(30, (double)best["changePercent"]!, 9);
        var codes = data["recommendations"]!["items"]!.AsArray().Select(i => ((string?)i!["code"], (string?)i["platform"])).ToList();
        Assert.Contains(("focus_on_growth_leader", "youtube"), codes);
        Assert.Contains(("investigate_decline", "spotify"), codes);
        // Streams fall exactly as views rise: r = −1 at lag 0, so no positive lag is better and no cross-promotion rule fires.
        var correlation = data["insights"]!["correlation"]!;
        Assert.Equal(-1, (double)correlation["lags"]![0]!["r"]!, 9);
        Assert.DoesNotContain(codes, c => c.Item1 == "time_cross_promotion");
        var forecast = data["insights"]!["forecasts"]!.AsArray().Single(f => (string?)f!["platform"] == "youtube")!;
        Assert.Equal(100, (double)forecast["slopePerDay"]!, 9);
        Assert.Equal(1700, (double)forecast["points"]![0]!["value"]!, 6);
    }

    [Fact]
    public async Task Periods_with_whole_weeks_add_up_the_same_as_their_days()
    {
        var (tenant, profile) = (Guid.NewGuid(), Guid.NewGuid());
        // 14 October to 18 November 2026, one figure a day: views d + 1 and subscribers 100 + d on day d.
        var first = Metrics.Day("2026-10-14");
        var events = Enumerable.Range(0, 36).Select(d => Metrics.Received(tenant, profile, "youtube", "channel", "UC-weeks", first.AddDays(d), TimeSpan.FromDays(1),
            Metrics.Of(("views", d + 1), ("subscribers", 100 + d)))).ToArray();
        await world.PublishAndWaitAsync(events);
        using var client = world.Client(TestTokens.Admin(tenant));

        // 1–18 November: the weeks of 2 and 9 November whole, 1 and 16–18 November as days (days 18..35);
        // the previous 18 days, 14–31 October, hold the week of 19 October whole (days 0..17).
        var metrics = (await InsightsWorld.GetJsonAsync(client, "/api/insights/analytics/youtube?from=2026-11-01&to=2026-11-18"))["data"]!["metrics"]!;
        var youtube = metrics["platforms"]!["youtube"]!;
        var current = Enumerable.Range(18, 18).Sum(d => d + 1d);
        var previous = Enumerable.Range(0, 18).Sum(d => d + 1d);
        Assert.Equal(current, (double)youtube["totals"]!["views"]!);
        Assert.Equal(previous, (double)youtube["previousTotals"]!["views"]!);
        Assert.Equal(135, (double)youtube["latest"]!["subscribers"]!);
        Assert.Equal(current, (double)youtube["topEntities"]![0]!["value"]!);
        Assert.Equal(18, youtube["daily"]!.AsArray().Count);
        var profileFigures = metrics["clientProfiles"]!.AsArray().Single()!;
        Assert.Equal((profile.ToString(), current, 135d),
            ((string?)profileFigures["clientProfileId"], (double)profileFigures["platforms"]!["youtube"]!["views"]!, (double)profileFigures["platforms"]!["youtube"]!["subscribers"]!));

        // Up to Wednesday 11 November the latest level sits in the edge days after the last whole week.
        var earlier = (await InsightsWorld.GetJsonAsync(client, "/api/insights/analytics/youtube?from=2026-11-01&to=2026-11-11"))["data"]!["metrics"]!;
        Assert.Equal(128, (double)earlier["platforms"]!["youtube"]!["latest"]!["subscribers"]!);
    }

    [Theory]
    [InlineData("/api/insights/analytics/comprehensive?from=2026-13-01", "from")]
    [InlineData("/api/insights/analytics/comprehensive?from=yesterday", "from")]
    [InlineData("/api/insights/analytics/comprehensive?to=2026-11-31", "to")]
    [InlineData("/api/insights/analytics/comprehensive?from=2026-11-08&to=2026-11-01", "from")]
    [InlineData("/api/insights/analytics/comprehensive?from=2024-01-01&to=2026-11-01", "to")]
    [InlineData("/api/insights/analytics/comprehensive?platform=you%20tube", "platform")]
    [InlineData("/api/insights/analytics/youtube?platform=spotify", "platform")]
    [InlineData("/api/insights/analytics/spotify?clientProfileId=not-a-guid", "clientProfileId")]
    public async Task Bad_filters_answer_400_naming_the_field(string path, string field)
    {
        using var client = world.Client(TestTokens.Admin(Guid.NewGuid()));
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal([field], problem["errors"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Platform_and_client_profile_filters_and_a_viewers_scope_limit_the_figures()
    {
        var (tenant, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var day = Metrics.Day("2026-11-04");
        await world.PublishAndWaitAsync(
            Metrics.Received(tenant, first, "youtube", "channel", "UC-first", day, TimeSpan.FromDays(1), Metrics.Of(("views", 10))),
            Metrics.Received(tenant, second, "youtube", "channel", "UC-second", day, TimeSpan.FromDays(1), Metrics.Of(("views", 20))),
            Metrics.Received(tenant, first, "spotify", "artist", "A-first", day, TimeSpan.FromDays(1), Metrics.Of(("streams", 30))),
            Metrics.Received(tenant, null, "youtube", "channel", "UC-tenant", day, TimeSpan.FromDays(1), Metrics.Of(("views", 40))));
        using var admin = world.Client(TestTokens.Admin(tenant));
        using var viewer = world.Client(TestTokens.Viewer(tenant, null, first));

        var all = await PlatformsAsync(admin, $"/api/insights/analytics/comprehensive?{Week}");
        Assert.Equal(70, (double)all["youtube"]!["totals"]!["views"]!);
        Assert.Equal(30, (double)all["spotify"]!["totals"]!["streams"]!);

        var youtubeOnly = await PlatformsAsync(admin, $"/api/insights/analytics/comprehensive?{Week}&platform=YouTube");
        Assert.Equal(["youtube"], youtubeOnly.Select(p => p.Key));

        var secondOnly = await PlatformsAsync(admin, $"/api/insights/analytics/youtube?{Week}&clientProfileId={second}");
        Assert.Equal(20, (double)secondOnly["youtube"]!["totals"]!["views"]!);

        var seen = await InsightsWorld.GetJsonAsync(viewer, $"/api/insights/analytics/comprehensive?{Week}");
        Assert.Equal(10, (double)seen["data"]!["metrics"]!["platforms"]!["youtube"]!["totals"]!["views"]!);
        var text = seen.ToJsonString();
        Assert.DoesNotContain(second.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("UC-tenant", text, StringComparison.Ordinal);

        var asked = await InsightsWorld.GetJsonAsync(viewer, $"/api/insights/analytics/youtube?{Week}&clientProfileId={second}");
        Assert.Empty(asked["data"]!["metrics"]!["platforms"]!.AsObject());
    }

    [Fact]
    public async Task A_repeated_query_is_a_cache_hit_until_new_data_lands_for_the_tenant()
    {
        var (tenant, profile) = (Guid.NewGuid(), Guid.NewGuid());
        var day = Metrics.Day("2026-11-05");
        await world.PublishAndWaitAsync(Metrics.Received(tenant, profile, "spotify", "artist", "A1", day, TimeSpan.FromDays(1), Metrics.Of(("streams", 100))));
        using var client = world.Client(TestTokens.Admin(tenant));
        var path = $"/api/insights/analytics/spotify?{Week}";

        var first = await InsightsWorld.GetJsonAsync(client, path);
        var second = await InsightsWorld.GetJsonAsync(client, path);
        Assert.Equal("miss", (string?)first["meta"]!["cache_status"]);
        Assert.Equal("hit", (string?)second["meta"]!["cache_status"]);
        Assert.Equal(first["data"]!.ToJsonString(), second["data"]!.ToJsonString());

        // Another tenant's data does not retire this tenant's answer.
        await world.PublishAndWaitAsync(Metrics.Received(Guid.NewGuid(), null, "spotify", "artist", "A1", day, TimeSpan.FromDays(1), Metrics.Of(("streams", 5))));
        Assert.Equal("hit", (string?)(await InsightsWorld.GetJsonAsync(client, path))["meta"]!["cache_status"]);

        await world.PublishAndWaitAsync(Metrics.Received(tenant, profile, "spotify", "artist", "A1", day.AddDays(1), TimeSpan.FromDays(1), Metrics.Of(("streams", 40))));
        var third = await InsightsWorld.GetJsonAsync(client, path);
        Assert.Equal("miss", (string?)third["meta"]!["cache_status"]);
        Assert.Equal(140, (double)third["data"]!["metrics"]!["platforms"]!["spotify"]!["totals"]!["streams"]!);
    }

    private static async Task<JsonObject> PlatformsAsync(HttpClient client, string path) =>
        (await InsightsWorld.GetJsonAsync(client, path))["data"]!["metrics"]!["platforms"]!.AsObject();
}
