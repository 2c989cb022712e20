using System.Text.Json.Nodes;
using AdFlux.Gateway.Auth;
using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults.Auth;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway.OpenApi;

/// <summary>
/// Turns a service's own OpenAPI document into the one a client of the gateway needs: the
/// gateway as the only server, only the operations the gateway forwards to that service, and
/// the responses the gateway adds (401/403 where it requires credentials, 429 everywhere, 413
/// where a body is accepted, 404 where the path names a resource) unless the service documented them.
/// </summary>
public static class ServiceDocumentRewriter
{
    private static readonly HashSet<string> OperationKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    public static void Rewrite(JsonObject document, string service, string gatewayUrl, GatewayRouteTable routes)
    {
        document["servers"] = new JsonArray(new JsonObject { ["url"] = gatewayUrl, ["description"] = "AdFlux gateway" });
        GatewayResponses.AddProblemSchema(document);
        if (document["paths"] is not JsonObject paths)
        {
            return;
        }
        foreach (var (path, item) in paths.ToList())
        {
            if (item is not JsonObject pathItem)
            {
                continue;
            }
            foreach (var (method, operation) in pathItem.Where(entry => OperationKeys.Contains(entry.Key)).ToList())
            {
                if (routes.Find(service, path, method) is { } route && operation is JsonObject documented)
                {
                    Document(documented, path, route);
                }
                else
                {
                    pathItem.Remove(method);
                }
            }
            if (!pathItem.Any(entry => OperationKeys.Contains(entry.Key)))
            {
                paths.Remove(path);
            }
        }
    }

    private static void Document(JsonObject operation, string path, RouteConfig route)
    {
        if (operation["responses"] is not JsonObject responses)
        {
            responses = [];
            operation["responses"] = responses;
        }
        switch (route.AuthorizationPolicy)
        {
            case GatewayPolicies.Public:
                operation["security"] = new JsonArray();
                break;
            case GatewayPolicies.Machine:
                // {} first: no credentials is accepted (ingest checks the platform's signature).
                operation["security"] = new JsonArray(
                    new JsonObject(),
                    new JsonObject { [AuthSchemes.Bearer] = new JsonArray() },
                    new JsonObject { [AuthSchemes.ApiKey] = new JsonArray() });
                GatewayResponses.AddTo(responses, GatewayResponses.Unauthorized);
                break;
            default:
                GatewayResponses.AddTo(responses, GatewayResponses.Unauthorized);
                GatewayResponses.AddTo(responses, GatewayResponses.Forbidden);
                break;
        }
        if (path.Contains('{', StringComparison.Ordinal))
        {
            GatewayResponses.AddTo(responses, GatewayResponses.NotFound);
        }
        if (operation.ContainsKey("requestBody"))
        {
            GatewayResponses.AddTo(responses, GatewayResponses.TooLarge);
        }
        GatewayResponses.AddTo(responses, GatewayResponses.TooManyRequests);
    }
}
