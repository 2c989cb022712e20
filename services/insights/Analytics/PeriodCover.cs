namespace AdFlux.Insights.Analytics;

/// <summary>
/// A period read with the fewest rollup rows: its whole ISO weeks from weekly rollups, the days
/// before the first and after the last of them from daily rollups. Both bucket the same points
/// (by window start), so the sums agree with reading every day.
/// </summary>
/// <param name="Weeks">Start of the first whole week and the instant after the last; null when the period holds no whole week.</param>
/// <param name="Days">Up to two runs of days outside the whole weeks, each as [start, end).</param>
public sealed record PeriodCover((DateTimeOffset Start, DateTimeOffset End)? Weeks, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Days)
{
    public static PeriodCover Of(ReportPeriod period)
    {
        var firstMonday = period.From.AddDays((7 - ((int)period.From.DayOfWeek + 6) % 7) % 7);
        var weeks = firstMonday > period.To ? 0 : (period.To.DayNumber - firstMonday.DayNumber + 1) / 7;
        if (weeks == 0)
        {
            return new PeriodCover(null, [(period.Start, period.End)]);
        }
        var afterWeeks = firstMonday.AddDays(7 * weeks);
        var days = new List<(DateTimeOffset, DateTimeOffset)>();
        if (period.From < firstMonday)
        {
            days.Add((period.Start, Instant(firstMonday)));
        }
        if (afterWeeks <= period.To)
        {
            days.Add((Instant(afterWeeks), period.End));
        }
        return new PeriodCover((Instant(firstMonday), Instant(afterWeeks)), days);
    }

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
