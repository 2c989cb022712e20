namespace AdFlux.Gateway.Health;

/// <summary>
/// The one HTTP client the health checks share. Not an IHttpClientFactory client on purpose:
/// those all get the retry pipeline, and a probe must report the state now, not after retries.
/// </summary>
public sealed class DownstreamHealthClient : IDisposable
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Http.Dispose();
}
