using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>Timeout, retry with jitter honouring Retry-After, and a circuit breaker (Polly 8).</summary>
    public static IHttpClientBuilder AddStandardResilience(this IHttpClientBuilder http)
    {
        http.Services.TryAddSingleton<HttpResiliencePipelines>();
        if (http.Name is null)
        {
            // From ConfigureHttpClientDefaults: every client, each with its own pipeline (by name).
            http.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ResilienceHandlerFilter>());
            http.Services.AddSingleton<IConfigureOptions<HttpResilienceOptions>>(services => new ConfigureNamedOptions<HttpResilienceOptions>(
                null, options => services.GetRequiredService<IConfiguration>().GetSection(HttpResilienceOptions.Section).Bind(options)));
            return http;
        }
        http.Services.AddOptions<HttpResilienceOptions>(http.Name).BindConfiguration(HttpResilienceOptions.Section);
        var name = http.Name;
        return http.AddHttpMessageHandler(services =>
            new ResilienceHandler(services.GetRequiredService<HttpResiliencePipelines>().For(name)));
    }
}
