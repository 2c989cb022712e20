using AdFlux.Gateway.Auth;
using AdFlux.Gateway.RequestLimits;
using AdFlux.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway.Routing;

/// <summary>
/// Each service's API path (<see cref="ResourceNames.ApiPathOf"/>) to the service and <c>/webhooks/**</c> to ingest; destinations are
/// <c>https+http://&lt;service&gt;</c>, resolved by service discovery from the Aspire-style
/// <c>services:&lt;name&gt;:…</c> settings. A service with no endpoint configured gets no route. API routes need an authenticated caller except identity's
/// <see cref="PublicRoutes"/>; webhooks take API keys but do not require them. Every other path goes to the web app when one is configured.
/// </summary>
public static class GatewayRoutes
{
    public static IReadOnlyList<ConfiguredService> ConfiguredServices(IConfiguration configuration) =>
        ResourceNames.Services
            .Where(service => configuration.GetSection(ResourceNames.ServiceEndpointsSection(service)).Exists())
            .Select(service => new ConfiguredService(service))
            .ToList();

    /// <summary>The web app, when <c>services:web</c> is configured.</summary>
    public static ConfiguredService? ConfiguredWebApp(IConfiguration configuration) =>
        configuration.GetSection(ResourceNames.ServiceEndpointsSection(ResourceNames.Web)).Exists() ? new ConfiguredService(ResourceNames.Web) : null;

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) From(
        IReadOnlyList<ConfiguredService> services, RequestSizeOptions sizes, ConfiguredService? web = null)
    {
        var clusters = services
            .Append(web)
            .OfType<ConfiguredService>()
            .Select(service => new ClusterConfig
            {
                ClusterId = service.Name,
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [service.Name] = new() { Address = service.Address.ToString() },
                },
            })
            .ToList();

        var routes = new List<RouteConfig>();
        foreach (var service in services)
        {
            routes.Add(new RouteConfig
            {
                RouteId = service.Name,
                ClusterId = service.Name,
                Match = new RouteMatch { Path = $"{ResourceNames.ApiPathOf(service.Name)}/{{**rest}}" },
                AuthorizationPolicy = GatewayPolicies.Caller,
                MaxRequestBodySize = sizes.MaxBodyBytesOf(service.Name),
            });
        }
        if (services.Any(service => service.Name == PublicRoutes.Service))
        {
            // Literal paths outrank the service's catch-all route.
            routes.AddRange(PublicRoutes.Identity.Select(route => new RouteConfig
            {
                RouteId = route.Id,
                ClusterId = PublicRoutes.Service,
                Match = new RouteMatch { Path = route.Path, Methods = [route.Method] },
                AuthorizationPolicy = GatewayPolicies.Public,
                MaxRequestBodySize = sizes.ApiMaxBodyBytes,
            }));
        }
        if (services.Any(service => service.Name == ResourceNames.Ingest))
        {
            routes.Add(new RouteConfig
            {
                RouteId = "webhooks",
                ClusterId = ResourceNames.Ingest,
                Match = new RouteMatch { Path = "/webhooks/{**rest}" },
                AuthorizationPolicy = GatewayPolicies.Machine,
                MaxRequestBodySize = sizes.WebhookMaxBodyBytes,
            });
        }
        if (web is not null)
        {
            routes.Add(new RouteConfig
            {
                RouteId = ResourceNames.Web,
                ClusterId = ResourceNames.Web,
                Match = new RouteMatch { Path = "/{**rest}" },
                // Last of all: every gateway page and API route wins; the web app signs its users in itself.
                Order = int.MaxValue,
                AuthorizationPolicy = GatewayPolicies.Public,
                MaxRequestBodySize = sizes.ApiMaxBodyBytes,
            });
        }
        return (routes, clusters);
    }

    /// <summary>Where the gateway serves a service's OpenAPI document, rewritten for callers of the gateway (<c>OpenApi/ServiceDocumentEndpoint</c>).</summary>
    public static string OpenApiPath(string service) => $"/openapi/{service}/v1.json";
}
