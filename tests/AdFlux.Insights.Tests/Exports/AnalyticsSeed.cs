using AdFlux.Contracts.Ingest;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>
/// A fresh tenant's week of YouTube, Spotify and Meta ads figures for client profile A (and the week
/// before, for changes), and two days of YouTube for profile B, published over the broker as ingest does.
/// Built once per test run: the export tests only read it.
/// </summary>
public sealed record AnalyticsSeed(Guid Tenant, Guid ProfileA, Guid ProfileB, string ChannelA, string ChannelB)
{
    public const string From = "2026-11-01";
    public const string To = "2026-11-07";
    public const string Range = $"from={From}&to={To}";

    private static Task<AnalyticsSeed>? _seeded;

    public static Task<AnalyticsSeed> OnceAsync(InsightsWorld world) => _seeded ??= SeedAsync(world);

    private static async Task<AnalyticsSeed> SeedAsync(InsightsWorld world)
    {
        var seed = new AnalyticsSeed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), $"UC-A-{Guid.NewGuid():N}", $"UC-B-{Guid.NewGuid():N}");
        var events = new List<PlatformMetricsReceived>();
        var first = Metrics.Day(From);
        var day = TimeSpan.FromDays(1);
        for (var d = 0; d < 7; d++)
        {
            var date = first.AddDays(d);
            events.Add(Metrics.Received(seed.Tenant, seed.ProfileA, "youtube", "channel", seed.ChannelA, date, day,
                Metrics.Of(("views", 1000 + 100 * d), ("likes", 50 + d), ("comments", 5), ("shares", 2), ("subscribers", 300 + d))));
            events.Add(Metrics.Received(seed.Tenant, seed.ProfileA, "spotify", "artist", "sp-A", date, day,
                Metrics.Of(("streams", 500 + 20 * d), ("followers", 90 + d))));
            events.Add(Metrics.Received(seed.Tenant, seed.ProfileA, "meta_ads", "ad", "ad-A", date, day,
                Metrics.Of(("impressions", 5000 + 10 * d), ("clicks", 100 + d), ("conversions", 4))));
            events.Add(Metrics.Received(seed.Tenant, seed.ProfileA, "youtube", "channel", seed.ChannelA, date.AddDays(-7), day, Metrics.Of(("views", 900))));
            events.Add(Metrics.Received(seed.Tenant, seed.ProfileA, "spotify", "artist", "sp-A", date.AddDays(-7), day, Metrics.Of(("streams", 450))));
        }
        events.Add(Metrics.Received(seed.Tenant, seed.ProfileB, "youtube", "channel", seed.ChannelB, first.AddDays(2), day, Metrics.Of(("views", 7000))));
        events.Add(Metrics.Received(seed.Tenant, seed.ProfileB, "youtube", "channel", seed.ChannelB, first.AddDays(3), day, Metrics.Of(("views", 7500))));
        await world.PublishAndWaitAsync([.. events]);
        return seed;
    }
}
