namespace AdFlux.Gateway.OpenApi;

/// <summary>A service's OpenAPI document, at a gateway-relative URL.</summary>
public sealed record OpenApiDocumentLink(string Name, string Url);
