namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>Reads <c>Retry-After</c> (RFC 9110 §10.2.3): seconds or an HTTP date.</summary>
public static class RetryAfter
{
    /// <returns>The delay the server asked for, or null to use the pipeline's backoff.</returns>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider clock, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }
        var delay = header.Delta ?? (header.Date - clock.GetUtcNow());
        if (delay is null || delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        return delay > max ? null : delay;
    }
}
