using System.Net;

namespace AdFlux.Ingest.Platforms;

/// <summary>A platform call failed after the resilience pipeline's retries; <see cref="Status"/> is the platform's answer, if any.</summary>
public class PlatformException(string platform, HttpStatusCode? status, string message) : Exception($"{platform}: {message}")
{
    public string Platform { get; } = platform;

    public HttpStatusCode? Status { get; } = status;
}
