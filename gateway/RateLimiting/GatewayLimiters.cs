using System.Net;
using System.Threading.RateLimiting;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>Per-IP and per-tenant fixed windows; health, OpenAPI and preflights are not limited.</summary>
public static class GatewayLimiters
{
    /// <summary>Runs before authentication, so a flood of bad credentials is cut off without asking identity.</summary>
    public static PartitionedRateLimiter<HttpContext> PerIp(GatewayRateLimitOptions options, TimeProvider clock)
    {
        // Created once: a lambda in the partitioner below would allocate on every request.
        Func<IPAddress, RateLimiter> factory = _ => new FixedWindowLimiter(options.PerIp, clock);
        return PartitionedRateLimiter.Create<HttpContext, IPAddress>(context => IsLimited(context.Request)
            ? RateLimitPartition.Get(context.Connection.RemoteIpAddress ?? IPAddress.None, factory)
            : RateLimitPartition.GetNoLimiter(IPAddress.None));
    }

    /// <summary>Runs after authentication: the tenant comes from the verified token or API key.</summary>
    public static PartitionedRateLimiter<HttpContext> PerTenant(GatewayRateLimitOptions options, TimeProvider clock)
    {
        Func<string, RateLimiter> factory = _ => new FixedWindowLimiter(options.PerTenant, clock);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLimited(context.Request) && context.User.FindFirst(AdFluxClaims.TenantId)?.Value is { Length: > 0 } tenant
                ? RateLimitPartition.Get(tenant, factory)
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    private static bool IsLimited(HttpRequest request) =>
        !HttpMethods.IsOptions(request.Method)
        && (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/webhooks", StringComparison.OrdinalIgnoreCase));
}
