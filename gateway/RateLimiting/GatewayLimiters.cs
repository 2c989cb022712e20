using System.Net;
using System.Threading.RateLimiting;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>Per-IP and per-tenant fixed windows; health, OpenAPI and preflights are not limited.</summary>
public static class GatewayLimiters
{
    /// <summary>Runs before authentication, so a flood of bad credentials is cut off without asking identity.</summary>
    public static PartitionedRateLimiter<HttpContext> PerIp(GatewayRateLimitOptions options)
    {
        var window = WindowOptions(options.PerIp);
        // Created once: a lambda in the partitioner below would allocate on every request.
        Func<IPAddress, FixedWindowRateLimiterOptions> factory = _ => window;
        return PartitionedRateLimiter.Create<HttpContext, IPAddress>(context => IsLimited(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress ?? IPAddress.None, factory)
            : RateLimitPartition.GetNoLimiter(IPAddress.None));
    }

    /// <summary>Runs after authentication: the tenant comes from the verified token or API key.</summary>
    public static PartitionedRateLimiter<HttpContext> PerTenant(GatewayRateLimitOptions options)
    {
        var window = WindowOptions(options.PerTenant);
        Func<string, FixedWindowRateLimiterOptions> factory = _ => window;
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLimited(context.Request) && context.User.FindFirst(AdFluxClaims.TenantId)?.Value is { Length: > 0 } tenant
                ? RateLimitPartition.GetFixedWindowLimiter(tenant, factory)
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    private static bool IsLimited(HttpRequest request) =>
        !HttpMethods.IsOptions(request.Method)
        && (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/webhooks", StringComparison.OrdinalIgnoreCase));

    private static FixedWindowRateLimiterOptions WindowOptions(WindowLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
