using AdFlux.Gateway.Cors;
using AdFlux.Gateway.Health;
using AdFlux.Gateway.Home;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.RateLimiting;
using AdFlux.Gateway.RequestLimits;

namespace AdFlux.Gateway;

public static class GatewayPipelineExtensions
{
    /// <summary>
    /// Before <c>MapDefaultEndpoints()</c>: a preflight carries no credentials, so it must be
    /// answered before authorization; the per-IP limit counts requests whatever their credentials.
    /// </summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseCors(DashboardCorsOptions.PolicyName);
        app.UsePerIpRateLimit();
        return app;
    }

    /// <summary>After <c>MapDefaultEndpoints()</c>: the per-tenant limit needs the authenticated tenant; then the gateway's own pages and the proxy.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UsePerTenantRateLimit();
        app.MapHomePage();
        app.MapGatewayHealth();
        app.MapOpenApiIndex();
        app.MapServiceDocuments();
        app.MapApiReference();
        app.MapReverseProxy(proxy => proxy.Use(RequestSizeLimit.EnforceAsync));
        return app;
    }
}
