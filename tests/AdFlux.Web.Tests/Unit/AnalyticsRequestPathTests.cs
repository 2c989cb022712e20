using AdFlux.Web.Dashboard;

namespace AdFlux.Web.Tests.Unit;

public sealed class AnalyticsRequestPathTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData(ReportRange.Last7Days, "2026-11-24")]
    [InlineData(ReportRange.Last30Days, "2026-11-01")]
    [InlineData(ReportRange.All, "2025-11-30")]
    public void Each_range_ends_today_and_covers_its_days(ReportRange range, string from)
    {
        var path = AnalyticsRequestPath.For(range, Platform.All.Select(p => p.Key).ToList(), null, Today);

        Assert.Equal($"/api/insights/analytics/comprehensive?from={from}&to=2026-11-30", path);
    }

    [Fact]
    public void Platforms_left_out_and_a_chosen_profile_become_filters()
    {
        var profile = Guid.NewGuid();

        var path = AnalyticsRequestPath.For(ReportRange.Last7Days, ["youtube", "meta-ads"], profile, Today);

        Assert.EndsWith($"&platform=youtube%2Cmeta-ads&clientProfileId={profile}", path, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_asks_for_the_same_period_platforms_and_profile_as_the_page()
    {
        var profile = Guid.NewGuid();

        Assert.Equal("/api/insights/exports/analytics?format=pdf&from=2026-11-24&to=2026-11-30",
            AnalyticsRequestPath.ExportFor("pdf", ReportRange.Last7Days, Platform.All.Select(p => p.Key).ToList(), null, Today));
        Assert.Equal($"/api/insights/exports/analytics?format=xlsx&from=2026-11-01&to=2026-11-30&platforms=youtube%2Cspotify&clientProfileId={profile}",
            AnalyticsRequestPath.ExportFor("xlsx", ReportRange.Last30Days, ["youtube", "spotify"], profile, Today));
    }
}
