using AdFlux.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway;

/// <summary>
/// <c>/api/&lt;service&gt;/**</c> to each service and <c>/webhooks/**</c> to ingest; destinations
/// come from the Aspire-style <c>services:&lt;name&gt;:http:0</c> settings. A service with no
/// URL configured gets no route.
/// </summary>
public static class GatewayRoutes
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) From(IConfiguration configuration)
    {
        var clusters = ResourceNames.Services
            .Select(service => (service, url: configuration[ResourceNames.ServiceUrlKey(service)]))
            .Where(pair => !string.IsNullOrWhiteSpace(pair.url))
            .Select(pair => new ClusterConfig
            {
                ClusterId = pair.service,
                Destinations = new Dictionary<string, DestinationConfig> { [pair.service] = new() { Address = pair.url! } },
            })
            .ToList();
        var routed = clusters.Select(cluster => cluster.ClusterId).ToHashSet();

        var routes = routed
            .Select(service => Route(service, service, $"/api/{service}/{{**rest}}"))
            .ToList();
        if (routed.Contains(ResourceNames.Ingest))
        {
            routes.Add(Route("webhooks", ResourceNames.Ingest, "/webhooks/{**rest}"));
        }
        return (routes, clusters);
    }

    private static RouteConfig Route(string id, string cluster, string path) =>
        new() { RouteId = id, ClusterId = cluster, Match = new RouteMatch { Path = path } };
}
