using AdFlux.Ads.Domain;
using AdFlux.Ads.Metrics;

namespace AdFlux.Ads.Tests.Unit;

public sealed class CampaignAnomaliesTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Fact]
    public void One_wild_week_in_the_history_does_not_drag_the_median_range_along()
    {
        // Tuesdays spent 100, 104, 96, 102 and once 900 USD: the median and MAD ignore the 900.
        var history = Days((1, 10_000), (2, 10_400), (3, 9_600), (4, 10_200), (5, 90_000)).Append(Day(Tuesday, 30_000)).ToList();

        var spend = Assert.Single(CampaignAnomalies.Find(history, [Tuesday], "USD"), f => f.Metric == "spend");

        // Median 102; |x − 102| = 2, 2, 6, 0, 798 → MAD 2; 1.4826 × 2 < 10.2, so the floor of a tenth of the median holds.
        Assert.Equal(300, spend.Observed, 1e-9);
        Assert.Equal(102 - 3 * 10.2, spend.Low, 1e-9);
        Assert.Equal(102 + 3 * 10.2, spend.High, 1e-9);
        Assert.Equal(5, spend.Weeks);
    }

    [Fact]
    public void A_day_within_its_range_and_a_day_without_enough_history_are_not_anomalies()
    {
        var history = Days((1, 10_000), (2, 10_400), (3, 9_600), (4, 10_200)).Append(Day(Tuesday, 10_900)).Append(Day(Tuesday.AddDays(1), 99_999)).ToList();

        Assert.Empty(CampaignAnomalies.Find(history, [Tuesday, Tuesday.AddDays(1)], "USD"));
    }

    [Fact]
    public void Ratios_are_skipped_on_a_day_without_their_denominator_and_spend_reads_the_currency()
    {
        var history = Days((1, 500), (2, 500), (3, 500), (4, 500)).Append(Day(Tuesday, 5_000, clicks: 0, impressions: 0)).ToList();

        var findings = CampaignAnomalies.Find(history, [Tuesday], "JPY");

        Assert.Equal(["spend"], findings.Select(f => f.Metric));
        Assert.Equal(5_000, findings[0].Observed, 1e-9);
        Assert.Contains("5,000.00 JPY", findings[0].Explanation, StringComparison.Ordinal);
    }

    private static IEnumerable<DailyMetric> Days(params (int WeeksBack, long SpendMinor)[] weeks) =>
        weeks.Select(w => Day(Tuesday.AddDays(-7 * w.WeeksBack), w.SpendMinor));

    private static DailyMetric Day(DateOnly date, long spendMinor, long clicks = 100, long impressions = 10_000) => new()
    {
        Date = date,
        SpendMinor = spendMinor,
        Clicks = clicks,
        Impressions = impressions,
        Conversions = 5,
    };
}
