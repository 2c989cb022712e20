using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<GatewayRateLimitOptions>().BindConfiguration(GatewayRateLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayRateLimitOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = GatewayLimiters.Create(limits.Value);
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return services;
    }
}
