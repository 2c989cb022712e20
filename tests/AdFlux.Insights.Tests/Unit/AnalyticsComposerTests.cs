using AdFlux.Insights.Analytics;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Tests.Unit;

public sealed class AnalyticsComposerTests
{
    private static readonly ReportPeriod Period = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 14));

    [Fact]
    public void Spotify_streams_that_repeat_youtube_views_two_days_later_give_a_cross_promotion_recommendation()
    {
        double[] views = [5, 9, 2, 8, 3, 7, 1, 6, 4, 10, 2, 9, 5, 3];
        var daily = new List<DailyFigure>();
        for (var i = 0; i < views.Length; i++)
        {
            daily.Add(new DailyFigure("youtube", "views", Period.From.AddDays(i), views[i]));
            if (i + 2 < views.Length)
            {
                daily.Add(new DailyFigure("spotify", "streams", Period.From.AddDays(i + 2), views[i] * 100));
            }
        }
        var data = AnalyticsComposer.Compose(new AnalyticsDataset(new AnalyticsFilter(Period, null, null), daily, [], [], []));

        var correlation = data.Insights.Correlation!;
        Assert.Equal(("youtube:views", "spotify:streams", 2), (correlation.Leader, correlation.Follower, correlation.BestLag));
        Assert.Equal(1, correlation.BestR!.Value, 12);
        var recommendation = Assert.Single(data.Recommendations.Items, r => r.Code == "time_cross_promotion");
        Assert.Equal(2, recommendation.Evidence["lag_days"]);
        Assert.Contains("2 day(s)", recommendation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_count_at_their_latest_value_and_profiles_are_reported_apart()
    {
        var first = Guid.NewGuid();
        var daily = new List<DailyFigure> { new("spotify", "streams", Period.From, 10), new("spotify", "followers", Period.From, 999) };
        var totals = new List<EntityFigure>
        {
            new(first, "spotify", "artist", "a1", "streams", 10),
            new(SeriesKey.NoClientProfile, "spotify", "artist", "a2", "streams", 3),
        };
        var levels = new List<EntityFigure> { new(first, "spotify", "artist", "a1", "followers", 120), new(first, "spotify", "track", "t1", "followers", 5) };

        var metrics = AnalyticsComposer.Compose(new AnalyticsDataset(new AnalyticsFilter(Period, null, null), daily, totals, levels, [])).Metrics;

        var spotify = metrics.Platforms["spotify"];
        Assert.Equal(["streams"], spotify.Totals.Keys);
        Assert.Equal(125, spotify.Latest["followers"]);
        Assert.Equal("streams", spotify.PrimaryMetric);
        Assert.Equal(["a1", "a2"], spotify.TopEntities.Select(e => e.EntityId));
        Assert.Equal([null, first], metrics.ClientProfiles.Select(p => p.ClientProfileId));
        var firstSpotify = metrics.ClientProfiles.Single(p => p.ClientProfileId == first).Platforms["spotify"];
        Assert.Equal((10d, 125d), (firstSpotify["streams"], firstSpotify["followers"]));
    }

    [Fact]
    public void No_figures_give_no_insights_and_no_recommendations()
    {
        var data = AnalyticsComposer.Compose(new AnalyticsDataset(new AnalyticsFilter(Period, null, null), [], [], [], []));
        Assert.Empty(data.Metrics.Platforms);
        Assert.Null(data.Insights.BestPlatform);
        Assert.Null(data.Insights.Correlation);
        Assert.Empty(data.Insights.Forecasts);
        Assert.Empty(data.Recommendations.Items);
    }
}
