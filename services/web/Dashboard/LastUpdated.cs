namespace AdFlux.Web.Dashboard;

/// <summary>
/// How old the newest figures are. Insights reports daily series, not when it last received data, so
/// the newest day with figures counts as updated at that day's end (UTC), or now if that is still ahead.
/// </summary>
public static class LastUpdated
{
    /// <summary>Whole hours since the newest figures, or null when there are none.</summary>
    public static int? HoursAgo(IEnumerable<DateOnly> days, DateTimeOffset now)
    {
        var newest = days.DefaultIfEmpty().Max();
        if (newest == default)
        {
            return null;
        }
        var updated = new DateTimeOffset(newest.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return updated >= now ? 0 : (int)(now - updated).TotalHours;
    }
}
