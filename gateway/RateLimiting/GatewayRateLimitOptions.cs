namespace AdFlux.Gateway.RateLimiting;

/// <summary>
/// Limits on proxied requests (<c>/api/**</c>, <c>/webhooks/**</c>), under <c>Gateway:RateLimits</c>.
/// Both apply: a request needs a permit from its client address and, when the caller is
/// authenticated, from its tenant.
/// </summary>
public sealed class GatewayRateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    public WindowLimit PerIp { get; set; } = new() { PermitLimit = 600 };

    public WindowLimit PerTenant { get; set; } = new() { PermitLimit = 3000 };
}
