using System.Text.Json.Nodes;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.RequestLimits;
using AdFlux.Gateway.Routing;
using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway.Tests;

public sealed class ServiceDocumentRewriterTests
{
    private static readonly GatewayRouteTable Routes = new(GatewayRoutes.From(
        [new ConfiguredService(ResourceNames.Identity), new ConfiguredService(ResourceNames.Ingest)],
        new RequestSizeOptions()).Routes);

    [Fact]
    public void Video_and_ml_detection_routes_take_media_sized_bodies_and_the_others_the_api_limit()
    {
        var sizes = new RequestSizeOptions();
        var routes = GatewayRoutes.From(
            [new ConfiguredService(ResourceNames.Identity), new ConfiguredService(ResourceNames.Video), new ConfiguredService(ResourceNames.MlDetection)], sizes).Routes;

        Assert.Equal(sizes.ApiMaxBodyBytes, routes.Single(r => r.RouteId == ResourceNames.Identity).MaxRequestBodySize);
        Assert.Equal(65 * 1024 * 1024, routes.Single(r => r.RouteId == ResourceNames.Video).MaxRequestBodySize);
        Assert.Equal(65 * 1024 * 1024, routes.Single(r => r.RouteId == ResourceNames.MlDetection).MaxRequestBodySize);
    }

    [Fact]
    public void Ml_detection_is_routed_at_its_own_api_path()
    {
        var routes = new GatewayRouteTable(GatewayRoutes.From([new ConfiguredService(ResourceNames.MlDetection)], new RequestSizeOptions()).Routes);
        var document = Document(("/api/ml/detect/batch", "post"), ("/api/ml-detection/detect", "post"));

        ServiceDocumentRewriter.Rewrite(document, ResourceNames.MlDetection, "https://gateway.example", routes);

        Assert.Equal(["/api/ml/detect/batch"], Paths(document));
    }

    [Fact]
    public void Operations_the_gateway_does_not_forward_to_the_service_are_removed()
    {
        var document = Document(
            ("/internal/api-keys/verify", "post"),
            ("/.well-known/jwks.json", "get"),
            ("/webhooks/youtube-metrics", "post"),
            ("/api/ingest/sources", "get"),
            ("/api/identity/.well-known/jwks.json", "get"),
            ("/api/identity/users/{id}", "get"));

        ServiceDocumentRewriter.Rewrite(document, ResourceNames.Identity, "https://gateway.example", Routes);

        Assert.Equal(["/api/identity/.well-known/jwks.json", "/api/identity/users/{id}"], Paths(document));
    }

    [Fact]
    public void The_webhooks_stay_in_ingest_document_with_credentials_optional()
    {
        var document = Document(("/webhooks/youtube-metrics", "post"), ("/internal/replay", "post"));

        ServiceDocumentRewriter.Rewrite(document, ResourceNames.Ingest, "https://gateway.example", Routes);

        Assert.Equal(["/webhooks/youtube-metrics"], Paths(document));
        var security = document["paths"]!["/webhooks/youtube-metrics"]!["post"]!["security"]!.AsArray();
        Assert.Empty(security[0]!.AsObject());
    }

    [Fact]
    public void Each_operation_documents_the_gateway_responses_it_can_get_and_keeps_the_service_own()
    {
        var document = Document(("/api/identity/users/{id}", "put"), ("/api/identity/users", "get"), ("/api/identity/login", "post"));
        document["paths"]!["/api/identity/users/{id}"]!["put"]!["requestBody"] = new JsonObject();
        document["paths"]!["/api/identity/login"]!["post"]!["requestBody"] = new JsonObject();
        document["paths"]!["/api/identity/users/{id}"]!["put"]!["responses"]!["404"] = new JsonObject { ["description"] = "the service's own" };

        ServiceDocumentRewriter.Rewrite(document, ResourceNames.Identity, "https://gateway.example", Routes);

        Assert.Equal(["200", "401", "403", "404", "413", "429"], Statuses(document, "/api/identity/users/{id}", "put"));
        Assert.Equal("the service's own", document["paths"]!["/api/identity/users/{id}"]!["put"]!["responses"]!["404"]!["description"]!.GetValue<string>());
        Assert.Equal(["200", "401", "403", "429"], Statuses(document, "/api/identity/users", "get"));
        // Login is public at the gateway: no credentials to refuse, so no 401/403, and it says so.
        Assert.Equal(["200", "413", "429"], Statuses(document, "/api/identity/login", "post"));
        Assert.Empty(document["paths"]!["/api/identity/login"]!["post"]!["security"]!.AsArray());
        Assert.NotNull(document["components"]!["schemas"]![GatewayResponses.ProblemSchema]);
    }

    [Fact]
    public void The_gateway_is_the_only_server()
    {
        var document = Document(("/api/identity/users", "get"));
        document["servers"] = new JsonArray(new JsonObject { ["url"] = "http://10.1.2.3:5001/" });

        ServiceDocumentRewriter.Rewrite(document, ResourceNames.Identity, "https://gateway.example", Routes);

        Assert.Equal("https://gateway.example", document["servers"]!.AsArray().Single()!["url"]!.GetValue<string>());
    }

    private static JsonObject Document(params (string Path, string Method)[] operations)
    {
        var paths = new JsonObject();
        foreach (var (path, method) in operations)
        {
            if (paths[path] is not JsonObject item)
            {
                item = [];
                paths[path] = item;
            }
            item[method] = new JsonObject { ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } } };
        }
        return new JsonObject { ["openapi"] = "3.1.1", ["paths"] = paths };
    }

    private static List<string> Paths(JsonObject document) =>
        document["paths"]!.AsObject().Select(entry => entry.Key).Order(StringComparer.Ordinal).ToList();

    private static List<string> Statuses(JsonObject document, string path, string method) =>
        document["paths"]![path]![method]!["responses"]!.AsObject().Select(entry => entry.Key).Order(StringComparer.Ordinal).ToList();
}
