namespace AdFlux.Insights.Reports;

/// <summary>
/// The next moment a daily local time occurs in a time zone, after a given instant. A local time
/// skipped by a spring-forward gap runs at the first valid minute after the gap; one repeated by a
/// fall-back runs once, at its first occurrence. The answer is in UTC, as the database keeps instants.
/// </summary>
public static class LocalSchedule
{
    public static DateTimeOffset NextAfter(DateTimeOffset after, TimeZoneInfo zone, TimeOnly localTime)
    {
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var day = localDay.AddDays(-1); ; day = day.AddDays(1))
        {
            var candidate = ToInstant(day.ToDateTime(localTime), zone);
            if (candidate > after)
            {
                return candidate.ToUniversalTime();
            }
        }
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // An ambiguous time has two offsets; the larger one is the earlier instant.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }
}
