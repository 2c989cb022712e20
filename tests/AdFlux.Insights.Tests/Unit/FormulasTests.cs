using AdFlux.Insights.Analytics;

namespace AdFlux.Insights.Tests.Unit;

public sealed class FormulasTests
{
    [Fact]
    public void Engagement_rate_is_likes_shares_and_comments_over_impressions() =>
        Assert.Equal(0.05, Formulas.EngagementRate(likes: 30, shares: 10, comments: 10, impressions: 1000));

    [Fact]
    public void Click_through_rate_is_clicks_over_impressions() => Assert.Equal(0.02, Formulas.ClickThroughRate(clicks: 100, impressions: 5000));

    [Fact]
    public void Conversion_rate_is_conversions_over_clicks() => Assert.Equal(0.04, Formulas.ConversionRate(conversions: 4, clicks: 100));

    [Fact]
    public void Rates_over_nothing_are_undefined_not_zero()
    {
        Assert.Null(Formulas.EngagementRate(1, 1, 1, 0));
        Assert.Null(Formulas.ClickThroughRate(5, 0));
        Assert.Null(Formulas.ConversionRate(1, 0));
        Assert.Null(Formulas.PercentChange(10, 0));
    }

    [Fact]
    public void Percent_change_is_relative_to_the_previous_magnitude()
    {
        Assert.Equal(50, Formulas.PercentChange(150, 100));
        Assert.Equal(-25, Formulas.PercentChange(75, 100));
        Assert.Equal(100, Formulas.PercentChange(0, -50));
    }

    [Fact]
    public void Platform_rates_use_impressions_when_reported_and_views_otherwise()
    {
        var ads = AnalyticsComposer.RatesOf(new Dictionary<string, double> { ["impressions"] = 5000, ["clicks"] = 100, ["conversions"] = 4, ["likes"] = 50 });
        Assert.Equal((0.01, 0.02, 0.04), (ads.EngagementRate!.Value, ads.ClickThroughRate!.Value, ads.ConversionRate!.Value));

        var video = AnalyticsComposer.RatesOf(new Dictionary<string, double> { ["views"] = 400, ["likes"] = 30, ["comments"] = 10 });
        Assert.Equal(0.1, video.EngagementRate);
        Assert.Null(video.ClickThroughRate);
        Assert.Null(video.ConversionRate);

        Assert.Null(AnalyticsComposer.RatesOf(new Dictionary<string, double> { ["streams"] = 100 }).EngagementRate);
    }
}
