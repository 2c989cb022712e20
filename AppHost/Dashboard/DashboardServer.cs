using System.Net;
using System.Text.Json.Serialization;
using AdFlux.AppHost.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Dashboard;

/// <summary>Kestrel inside the AppHost process, on loopback only: the dashboard page and its API.</summary>
public static class DashboardServer
{
    public static async Task<WebApplication> StartAsync(int port, IReadOnlyList<Resource> resources, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // The console belongs to the resource table; the dashboard's own logs would scroll it away.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var app = builder.Build();
        app.MapDashboardApi(resources);
        await app.StartAsync(cancellationToken);
        return app;
    }
}
