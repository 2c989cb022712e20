namespace AdFlux.PlatformSandbox;

/// <summary>
/// Magic ids that make a platform fail the way real ones do: <c>[down]</c> answers 503 every time,
/// <c>[throttle]</c> answers 429 with <c>Retry-After: 3600</c> every time.
/// </summary>
public static class Failures
{
    public const int RetryAfterSeconds = 3600;

    public static bool Down(string? id) => id?.Contains("[down]", StringComparison.Ordinal) == true;

    public static bool Throttled(string? id) => id?.Contains("[throttle]", StringComparison.Ordinal) == true;

    /// <summary>How long an id with <c>[slow]</c> waits before its answer: long enough for a test to act while a pull runs.</summary>
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(5);

    public static bool Slow(string? id) => id?.Contains("[slow]", StringComparison.Ordinal) == true;

    /// <summary>Sets Retry-After and returns the 429 status for a throttled id.</summary>
    public static int Throttle(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return StatusCodes.Status429TooManyRequests;
    }
}
