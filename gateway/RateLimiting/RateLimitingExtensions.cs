using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<GatewayRateLimitOptions>().BindConfiguration(GatewayRateLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>Before authentication.</summary>
    public static WebApplication UsePerIpRateLimit(this WebApplication app) =>
        app.UseLimiter(GatewayLimiters.PerIp);

    /// <summary>After authentication.</summary>
    public static WebApplication UsePerTenantRateLimit(this WebApplication app) =>
        app.UseLimiter(GatewayLimiters.PerTenant);

    private static WebApplication UseLimiter(this WebApplication app, Func<GatewayRateLimitOptions, TimeProvider, PartitionedRateLimiter<HttpContext>> limiter)
    {
        var limits = app.Services.GetRequiredService<IOptions<GatewayRateLimitOptions>>().Value;
        app.UseRateLimiter(new RateLimiterOptions
        {
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            GlobalLimiter = limiter(limits, app.Services.GetRequiredService<TimeProvider>()),
            OnRejected = RateLimitRejection.WriteAsync,
        });
        return app;
    }
}
