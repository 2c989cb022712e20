using System.Net;

namespace AdFlux.Ingest.Platforms;

/// <summary>
/// A platform call failed after the resilience pipeline's retries; <see cref="Status"/> is the platform's answer, if any,
/// and <see cref="RetryAfter"/> how long it asked callers to wait (<c>Retry-After</c>, RFC 9110 §10.2.3).
/// </summary>
public class PlatformException(string platform, HttpStatusCode? status, string message, TimeSpan? retryAfter = null) : Exception($"{platform}: {message}")
{
    public string Platform { get; } = platform;

    public HttpStatusCode? Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
