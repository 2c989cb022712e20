namespace AdFlux.Ingest.Webhooks;

/// <summary>The UTC hour buckets rejection counters use.</summary>
public static class Hours
{
    public static DateTimeOffset Floor(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
