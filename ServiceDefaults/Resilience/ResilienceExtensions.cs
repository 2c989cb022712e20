using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace AdFlux.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>Settings of the standard pipeline (<see cref="HttpStandardResilienceOptions"/>).</summary>
    public const string Section = "Resilience:Http";

    /// <summary>
    /// Every IHttpClientFactory client gets Microsoft's standard resilience handler (total
    /// timeout, retry with jitter honouring <c>Retry-After</c> — never a create the server may
    /// have acted on (<see cref="RetryableRequests"/>) —, circuit breaker, attempt timeout;
    /// settings under <c>Resilience:Http</c>) and service discovery (<c>https+http://identity</c>).
    /// One pipeline per destination authority: registered as a default, the handler would
    /// otherwise share one circuit breaker across every client (dotnet/extensions#5021), and one
    /// failing platform would cut off all the others.
    /// </summary>
    public static IServiceCollection AddStandardHttpResilience(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(options =>
            {
                configuration.GetSection(Section).Bind(options);
                options.Retry.ShouldHandle = RetryableRequests.ShouldRetry;
            }).SelectPipelineByAuthority();
            http.AddServiceDiscovery();
        });
        return services;
    }
}
