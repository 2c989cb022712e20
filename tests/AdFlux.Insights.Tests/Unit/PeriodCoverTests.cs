using AdFlux.Insights.Analytics;

namespace AdFlux.Insights.Tests.Unit;

public sealed class PeriodCoverTests
{
    [Fact]
    public void Whole_weeks_come_from_weekly_rollups_and_the_edge_days_from_daily_ones()
    {
        // Sunday 1 November to Wednesday 18 November 2026: weeks of Monday 2 and 9, then 16–18.
        var cover = PeriodCover.Of(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 18)));
        Assert.Equal((At("2026-11-02"), At("2026-11-16")), cover.Weeks);
        Assert.Equal([(At("2026-11-01"), At("2026-11-02")), (At("2026-11-16"), At("2026-11-19"))], cover.Days);
    }

    [Fact]
    public void A_period_of_whole_weeks_needs_no_days_and_a_short_one_no_weeks()
    {
        var weeks = PeriodCover.Of(new ReportPeriod(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 15)));
        Assert.Equal((At("2026-11-02"), At("2026-11-16")), weeks.Weeks);
        Assert.Empty(weeks.Days);

        var days = PeriodCover.Of(new ReportPeriod(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 8)));
        Assert.Null(days.Weeks);
        Assert.Equal([(At("2026-11-03"), At("2026-11-09"))], days.Days);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31")]
    [InlineData("2026-11-05", "2026-11-05")]
    [InlineData("2026-02-23", "2026-03-08")]
    public void The_cover_holds_every_day_of_the_period_exactly_once(string from, string to)
    {
        var period = new ReportPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var cover = PeriodCover.Of(period);
        var ranges = cover.Days.ToList();
        if (cover.Weeks is { } weeks)
        {
            Assert.Equal(DayOfWeek.Monday, weeks.Start.DayOfWeek);
            Assert.Equal(0, (weeks.End - weeks.Start).Days % 7);
            ranges.Add(weeks);
        }
        var covered = ranges.Sum(r => (r.End - r.Start).Days);
        Assert.Equal(period.Days, covered);
        Assert.Equal(period.Start, ranges.Min(r => r.Start));
        Assert.Equal(period.End, ranges.Max(r => r.End));
    }

    private static DateTimeOffset At(string day) => DateTimeOffset.Parse(day + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
}
