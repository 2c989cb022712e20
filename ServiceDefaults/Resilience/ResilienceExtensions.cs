using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace AdFlux.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>
    /// Timeout, retry with jitter honouring Retry-After, and a circuit breaker (Polly 8) on every
    /// IHttpClientFactory client, one pipeline per client name. Settings under
    /// <c>Resilience:Http</c>, overridable per client under <c>Resilience:Http:&lt;client&gt;</c>.
    /// </summary>
    public static IServiceCollection AddStandardHttpResilience(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.TryAddSingleton<HttpResiliencePipelines>();
        services.ConfigureOptions<HttpResilienceOptionsSetup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ResilienceHandlerFilter>());
        return services;
    }
}
