using System.Net;
using System.Threading.RateLimiting;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>Per-IP and per-tenant fixed windows, chained; health, OpenAPI and preflights are not limited.</summary>
public static class GatewayLimiters
{
    public static PartitionedRateLimiter<HttpContext> Create(GatewayRateLimitOptions options)
    {
        var perIp = WindowOptions(options.PerIp);
        var perTenant = WindowOptions(options.PerTenant);
        // Created once: a lambda in the partitioners below would allocate on every request.
        Func<IPAddress, FixedWindowRateLimiterOptions> ipFactory = _ => perIp;
        Func<string, FixedWindowRateLimiterOptions> tenantFactory = _ => perTenant;

        var byIp = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context => IsLimited(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress ?? IPAddress.None, ipFactory)
            : RateLimitPartition.GetNoLimiter(IPAddress.None));
        var byTenant = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLimited(context.Request) && context.User.FindFirst(AdFluxClaims.TenantId)?.Value is { Length: > 0 } tenant
                ? RateLimitPartition.GetFixedWindowLimiter(tenant, tenantFactory)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        return PartitionedRateLimiter.CreateChained(byIp, byTenant);
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
