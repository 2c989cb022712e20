using AdFlux.Gateway.Cors;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.RequestLimits;

namespace AdFlux.Gateway;

public static class GatewayPipelineExtensions
{
    /// <summary>Before <c>MapDefaultEndpoints()</c>: a preflight carries no credentials, so it must be answered before authorization.</summary>
    public static WebApplication UseDashboardCors(this WebApplication app)
    {
        app.UseCors(DashboardCorsOptions.PolicyName);
        return app;
    }

    /// <summary>After <c>MapDefaultEndpoints()</c>: the rate limiter needs the authenticated tenant; then the proxy.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapOpenApiIndex();
        app.MapReverseProxy(proxy => proxy.Use(RequestSizeLimit.EnforceAsync));
        return app;
    }
}
