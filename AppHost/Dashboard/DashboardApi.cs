using AdFlux.AppHost.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.AppHost.Dashboard;

/// <summary>The dashboard page, the resource table as JSON, and each resource's log tail.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app, IReadOnlyList<Resource> resources)
    {
        app.MapGet("/", () => TypedResults.Content(DashboardPage.Html, "text/html; charset=utf-8")).WithName("DashboardPage");
        app.MapGet("/api/resources", () => GetResources(resources)).WithName("GetResources");
        app.MapGet("/api/resources/{name}/logs", (string name, int? tail) => GetLogs(resources, name, tail)).WithName("GetResourceLogs");
        return app;
    }

    private static Ok<ResourceSnapshot[]> GetResources(IReadOnlyList<Resource> resources) =>
        TypedResults.Ok(resources.Select(r => r.Snapshot()).ToArray());

    private static Results<Ok<IReadOnlyList<string>>, NotFound> GetLogs(IReadOnlyList<Resource> resources, string name, int? tail) =>
        resources.FirstOrDefault(r => r.Name == name) is { } resource
            ? TypedResults.Ok(resource.Logs.Tail(Math.Clamp(tail ?? 200, 1, 1000)))
            : TypedResults.NotFound();
}
