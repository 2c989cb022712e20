namespace AdFlux.Gateway.OpenApi;

/// <summary>
/// Shaped as Swagger UI's <c>urls</c> setting (and read by Scalar too), so a documentation UI
/// pointed at <c>/openapi/index.json</c> lists every service.
/// </summary>
public sealed record OpenApiIndex(IReadOnlyList<OpenApiDocumentLink> Urls);
