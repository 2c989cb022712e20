using AdFlux.Gateway.Routing;

namespace AdFlux.Gateway.OpenApi;

public static class OpenApiIndexEndpoint
{
    public const string Path = "/openapi/index.json";

    /// <summary><c>GET /openapi/index.json</c>: each service's document as the gateway serves it (<see cref="ServiceDocumentEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapOpenApiIndex(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetIndex).WithName("OpenApiIndex").AllowAnonymous();
        return endpoints;
    }

    private static OpenApiIndex GetIndex(GatewayServices gateway) =>
        new(gateway.Services.Select(service => new OpenApiDocumentLink(service.Name, GatewayRoutes.OpenApiPath(service.Name))).ToList());
}
