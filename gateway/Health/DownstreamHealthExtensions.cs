using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.Health;

public static class DownstreamHealthExtensions
{
    public const string Tag = "downstream";

    /// <summary>One check per configured service, named after it, so <c>/health</c> answers 503 naming the one that is down.</summary>
    public static IServiceCollection AddDownstreamHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<DownstreamHealthOptions>().BindConfiguration(DownstreamHealthOptions.Section);
        // A probe reports the state now: the retries every factory client gets would hide an outage for seconds.
        services.AddHttpClient(DownstreamHealthCheck.ClientName).ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
        {
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                if (handlers[i] is ResilienceHandler)
                {
                    handlers.RemoveAt(i);
                }
            }
        });
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
