namespace AdFlux.Gateway.Routing;

/// <summary>The services this gateway fronts, read once from the <c>services:&lt;name&gt;</c> settings.</summary>
public sealed class GatewayServices(IConfiguration configuration)
{
    public IReadOnlyList<ConfiguredService> Services { get; } = GatewayRoutes.ConfiguredServices(configuration);

    public ConfiguredService? WebApp { get; } = GatewayRoutes.ConfiguredWebApp(configuration);
}
