namespace AdFlux.Ads.Creatives.Stock;

/// <summary>Freepik refused or failed a call: its status and <c>message</c>; 429 carries the wait Freepik asked for.</summary>
public sealed class FreepikException(int status, string message, TimeSpan? retryAfter = null)
    : Exception($"Freepik answered {status}: {message}")
{
    public int Status { get; } = status;

    public string FreepikMessage { get; } = message;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool RateLimited => Status == 429;
}
