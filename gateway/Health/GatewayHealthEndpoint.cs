using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.Gateway.Health;

public static class GatewayHealthEndpoint
{
    public const string Path = "/health";

    /// <summary>
    /// <c>/health</c> from the cached report: anyone gets the aggregate status (200, or 503 when
    /// a service is down); an admin also gets each service's check. It replaces the
    /// <c>/health</c> that <c>MapDefaultEndpoints()</c> maps for every process (a lower order
    /// wins the route), for every method, so none reaches the uncached one.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, WriteAsync).WithOrder(-1).WithName("GatewayHealth").AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var report = await context.RequestServices.GetRequiredService<CachedHealthReport>().GetAsync(context.RequestAborted);
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        if (context.User.HasClaim(AdFluxClaims.Role, Roles.Admin))
        {
            await HealthResponseWriter.WriteAsync(context, report);
            return;
        }
        await context.Response.WriteAsJsonAsync(new HealthSummary(report.Status.ToString()));
    }
}
