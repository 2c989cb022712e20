namespace AdFlux.Ingest.Pulls;

/// <summary>How long a failing schedule waits: doubling from the base per consecutive failure, capped, never shorter than the platform's Retry-After.</summary>
public static class Backoff
{
    public static TimeSpan After(int consecutiveFailures, TimeSpan baseDelay, TimeSpan max, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var delay = TimeSpan.FromTicks((long)Math.Min(max.Ticks, baseDelay.Ticks * Math.Pow(2, exponent)));
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}
