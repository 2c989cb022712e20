using AdFlux.Insights.Series;

namespace AdFlux.Insights.Tests.Unit;

public sealed class BucketsTests
{
    [Theory]
    [InlineData("2026-11-03T10:42:17+02:00", "2026-11-03T08:00:00Z", "2026-11-03T00:00:00Z", "2026-11-02T00:00:00Z")]
    [InlineData("2026-11-08T23:59:59Z", "2026-11-08T23:00:00Z", "2026-11-08T00:00:00Z", "2026-11-02T00:00:00Z")]
    [InlineData("2026-11-09T00:00:00Z", "2026-11-09T00:00:00Z", "2026-11-09T00:00:00Z", "2026-11-09T00:00:00Z")]
    [InlineData("2027-01-01T05:00:00Z", "2027-01-01T05:00:00Z", "2027-01-01T00:00:00Z", "2026-12-28T00:00:00Z")]
    public void A_point_falls_in_the_utc_hour_day_and_iso_week_of_its_window_start(string at, string hour, string day, string week)
    {
        var time = Parse(at);
        Assert.Equal(Parse(hour), Buckets.HourOf(time));
        Assert.Equal(Parse(day), Buckets.DayOf(time));
        Assert.Equal(Parse(week), Buckets.WeekOf(time));
        Assert.Equal(TimeSpan.Zero, Buckets.WeekOf(time).Offset);
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
