using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults.Errors;
using AdFlux.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway.OpenApi;

public static class ServiceDocumentEndpoint
{
    /// <summary>Fetches the services' documents: service discovery, no retries (a reader waits for an answer, not for a retry budget).</summary>
    public const string ClientName = "openapi-documents";

    public static IServiceCollection AddServiceDocuments(this IServiceCollection services)
    {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt one client out of the defaults.
        services.AddHttpClient(ClientName, client => client.Timeout = TimeSpan.FromSeconds(10)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddSingleton(provider => new GatewayRouteTable(provider.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes));
        return services;
    }

    /// <summary><c>GET /openapi/&lt;service&gt;/v1.json</c>: the service's document, rewritten for callers of the gateway.</summary>
    public static IEndpointRouteBuilder MapServiceDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GatewayRoutes.OpenApiPath("{service}"), GetAsync)
            .WithName("ServiceOpenApiDocument")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        string service, HttpRequest request, GatewayServices gateway, GatewayRouteTable routes, IHttpClientFactory clients, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (gateway.Services.FirstOrDefault(configured => configured.Name == service) is not { } target)
        {
            return TypedResults.NotFound();
        }
        JsonObject? document;
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(new Uri(target.Address, OpenApiExtensions.DocumentPath), cancellationToken);
            response.EnsureSuccessStatusCode();
            document = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            // InvalidOperationException: service discovery found no endpoint; TaskCanceledException: the client's timeout.
            // The reason names internal addresses, so it goes to the log, not to the anonymous caller.
            loggers.CreateLogger(typeof(ServiceDocumentEndpoint)).LogWarning(
                "The OpenAPI document of {Service} could not be read: {Reason}", service, exception.Message);
            return Unavailable(service);
        }
        if (document is null)
        {
            return Unavailable(service);
        }
        ServiceDocumentRewriter.Rewrite(document, service, $"{request.Scheme}://{request.Host}{request.PathBase}", routes);
        return TypedResults.Text(document.ToJsonString(), "application/json");
    }

    private static ProblemHttpResult Unavailable(string service) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            type: ProblemTypes.Unavailable,
            title: $"The {service} service did not serve its OpenAPI document.");
}
