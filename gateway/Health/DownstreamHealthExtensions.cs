using AdFlux.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.Health;

public static class DownstreamHealthExtensions
{
    public const string Tag = "downstream";

    /// <summary>
    /// One check per configured service, named after it, so <c>/health</c> answers 503 naming the
    /// one that is down; the registration timeout bounds a service that accepts but never answers.
    /// </summary>
    public static IServiceCollection AddDownstreamHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<DownstreamHealthOptions>().BindConfiguration(DownstreamHealthOptions.Section);
        services.AddSingleton<DownstreamHealthClient>();
        services.AddOptions<HealthCheckServiceOptions>()
            .Configure<GatewayServices, IOptions<DownstreamHealthOptions>>((health, gateway, options) =>
            {
                foreach (var service in gateway.Services)
                {
                    health.Registrations.Add(new HealthCheckRegistration(
                        service.Name,
                        provider => new DownstreamHealthCheck(service, provider.GetRequiredService<DownstreamHealthClient>()),
                        HealthStatus.Unhealthy,
                        [Tag],
                        options.Value.Timeout));
                }
            });
        return services;
    }
}
