using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway.Benchmark;

/// <summary>
/// YARP alone — no ServiceDefaults, no authentication, no limiters, no telemetry — forwarding
/// everything to the service: the floor that tells the proxying cost of this machine apart from
/// the cost of what the AdFlux gateway does on top.
/// </summary>
public static class BareProxy
{
    public static async Task<WebApplication> StartAsync(int port, string serviceUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.ListenLocalhost(port));
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "service", Match = new RouteMatch { Path = "{**rest}" } }],
            [new ClusterConfig
            {
                ClusterId = "service",
                Destinations = new Dictionary<string, DestinationConfig> { ["service"] = new() { Address = serviceUrl } },
            }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        return app;
    }
}
