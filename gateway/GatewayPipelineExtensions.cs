using AdFlux.Gateway.Cors;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.RequestLimits;

namespace AdFlux.Gateway;

public static class GatewayPipelineExtensions
{
    /// <summary>
    /// CORS first so preflights are answered before anything asks for credentials; the rate
    /// limiter after authentication so it can partition by tenant; then the proxy.
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseCors(DashboardCorsOptions.PolicyName);
        app.UseRateLimiter();
        app.MapOpenApiIndex();
        app.MapReverseProxy(proxy => proxy.Use(RequestSizeLimit.EnforceAsync));
        return app;
    }
}
