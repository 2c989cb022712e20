namespace AdFlux.Gateway.Cors;

/// <summary>Browser origins of the dashboard allowed to call the gateway, under <c>Gateway:Cors</c>.</summary>
public sealed class DashboardCorsOptions
{
    public const string Section = "Gateway:Cors";

    public const string PolicyName = "dashboard";

    public string[] AllowedOrigins { get; set; } = [];

    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
