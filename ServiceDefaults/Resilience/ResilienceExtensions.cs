using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdFlux.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>Timeout, retry with jitter honouring Retry-After, and a circuit breaker (Polly 8).</summary>
    public static IHttpClientBuilder AddStandardResilience(this IHttpClientBuilder http)
    {
        http.Services.TryAddSingleton<HttpResiliencePipelines>();
        http.Services.AddOptions<HttpResilienceOptions>(http.Name).BindConfiguration(HttpResilienceOptions.Section);
        var name = http.Name;
        return http.AddHttpMessageHandler(services =>
            new ResilienceHandler(services.GetRequiredService<HttpResiliencePipelines>().For(name)));
    }
}
