namespace AdFlux.AppHost.Orchestration;

/// <summary>Asks a service's <c>/health</c>: 200 healthy, 503 unhealthy, no answer unknown.</summary>
public sealed class HealthProbe : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(3) };

    public async Task<ResourceHealth> CheckAsync(string baseUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(new Uri(baseUrl), "/health"), cancellationToken);
            return response.IsSuccessStatusCode ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ResourceHealth.Unknown;
        }
    }

    public void Dispose() => _http.Dispose();
}
