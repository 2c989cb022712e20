namespace AdFlux.Gateway;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        var (routes, clusters) = GatewayRoutes.From(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        return builder;
    }
}
