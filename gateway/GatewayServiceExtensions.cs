using AdFlux.Gateway.Auth;
using AdFlux.Gateway.Cors;
using AdFlux.Gateway.Health;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.RateLimiting;
using AdFlux.Gateway.RequestLimits;
using AdFlux.Gateway.Routing;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<GatewayServices>();
        services.AddOptions<RequestSizeOptions>().BindConfiguration(RequestSizeOptions.Section);
        services.AddReverseProxy().AddServiceDiscoveryDestinationResolver();
        services.AddSingleton<IProxyConfigProvider>(provider =>
        {
            var configured = provider.GetRequiredService<GatewayServices>();
            var (routes, clusters) = GatewayRoutes.From(
                configured.Services, provider.GetRequiredService<IOptions<RequestSizeOptions>>().Value, configured.WebApp);
            return new InMemoryConfigProvider(routes, clusters);
        });
        services.AddAuthorizationBuilder().AddGatewayPolicies();
        services.AddGatewayRateLimiting();
        services.AddDashboardCors();
        services.AddDownstreamHealthChecks();
        services.AddServiceDocuments();
        return builder;
    }
}
