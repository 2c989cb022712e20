using AdFlux.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.Health;

public static class DownstreamHealthExtensions
{
    public const string Tag = "downstream";

    /// <summary>The health probes' client: service discovery, but no resilience handler, since a probe must report the state now, not after retries.</summary>
    public const string ClientName = "downstream-health";

    /// <summary>
    /// One check per configured service, named after it, so <c>/health</c> answers 503 naming the
    /// one that is down; the registration timeout bounds a service that accepts but never answers.
    /// </summary>
    public static IServiceCollection AddDownstreamHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<DownstreamHealthOptions>().BindConfiguration(DownstreamHealthOptions.Section);
        services.AddSingleton<CachedHealthReport>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt one client out of the defaults.
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddOptions<HealthCheckServiceOptions>()
            .Configure<GatewayServices, IOptions<DownstreamHealthOptions>>((health, gateway, options) =>
            {
                foreach (var service in gateway.Services)
                {
                    health.Registrations.Add(new HealthCheckRegistration(
                        service.Name,
                        provider => new DownstreamHealthCheck(service, provider.GetRequiredService<IHttpClientFactory>()),
                        HealthStatus.Unhealthy,
                        [Tag],
                        options.Value.Timeout));
                }
            });
        return services;
    }
}
