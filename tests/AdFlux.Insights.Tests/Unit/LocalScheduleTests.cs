using AdFlux.Insights.Reports;

namespace AdFlux.Insights.Tests.Unit;

public sealed class LocalScheduleTests
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    [Theory]
    [InlineData("2026-11-30T06:00:00Z", "08:00", "2026-11-30T07:00:00Z")] // winter, UTC+1: 08:00 is still ahead today
    [InlineData("2026-11-30T07:00:00Z", "08:00", "2026-12-01T07:00:00Z")] // exactly at the time: the next day
    [InlineData("2026-07-01T12:00:00Z", "08:00", "2026-07-02T06:00:00Z")] // summer, UTC+2
    [InlineData("2026-03-28T12:00:00Z", "02:30", "2026-03-29T01:00:00Z")] // 02:30 does not exist on 29 March: 03:00 local
    [InlineData("2026-10-24T12:00:00Z", "02:30", "2026-10-25T00:30:00Z")] // 02:30 happens twice on 25 October: the first
    [InlineData("2026-10-25T00:30:00Z", "02:30", "2026-10-26T01:30:00Z")] // and not again at the second
    public void The_next_run_is_the_next_local_time_in_the_zone(string after, string localTime, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            LocalSchedule.NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), Madrid, TimeOnly.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture)));
}
