using AdFlux.Gateway.Routing;
using Scalar.AspNetCore;

namespace AdFlux.Gateway.OpenApi;

public static class ApiReference
{
    public const string Path = "/scalar";

    /// <summary>
    /// <c>/scalar</c>: Scalar's interactive reference over every service's gateway document, anonymous
    /// like the documents; its script is served from the package, and its default fonts (from
    /// Scalar's CDN) are off, so it works without reaching the internet.
    /// </summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider.GetRequiredService<GatewayServices>().Services;
        endpoints.MapScalarApiReference(Path, options => options
                .WithTitle("AdFlux API reference")
                .WithOpenApiRoutePattern(GatewayRoutes.OpenApiPath("{documentName}"))
                .DisableDefaultFonts()
                .AddDocuments(services.Select(service => service.Name)))
            .AllowAnonymous();
        return endpoints;
    }
}
