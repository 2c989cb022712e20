using System.Net;
using System.Text.Json.Nodes;
using AdFlux.Gateway.Tests.Support;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiThroughGatewayTests(GatewayFixture services)
{
    [Fact]
    public async Task A_service_document_names_the_gateway_as_its_server_and_documents_the_gateway_responses()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/identity/v1.json"))!;

        Assert.Equal(client.BaseAddress!.GetLeftPart(UriPartial.Authority), document["servers"]!.AsArray().Single()!["url"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject();
        Assert.All(paths, path => Assert.StartsWith("/api/identity/", path.Key, StringComparison.Ordinal));
        var update = paths["/api/identity/users/{id}"]!["put"]!["responses"]!.AsObject();
        Assert.All(new[] { "401", "403", "404", "413", "429" }, status => Assert.True(update.ContainsKey(status), $"PUT /api/identity/users/{{id}} lacks {status}"));
        Assert.NotNull(update["429"]!["headers"]!["Retry-After"]);
        Assert.Empty(paths["/api/identity/login"]!["post"]!["security"]!.AsArray());
    }

    [Fact]
    public async Task The_api_reference_is_served_anonymously_and_lists_every_service_document()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        using var page = await client.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/scalar/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // Scalar's page script resolves these against the site root (the page's path less /scalar/).
        Assert.Contains("\"url\":\"openapi/identity/v1.json\"", html);
        Assert.Contains("\"url\":\"openapi/ingest/v1.json\"", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_gateway_root_is_a_page_linking_the_api_reference_and_health_not_a_401()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>AdFlux</title>", html);
        Assert.Contains("href=\"/scalar\"", html);
        Assert.Contains("href=\"/health\"", html);
        // The page's script and documents are relative to /scalar/, so the link must land there.
        using var reference = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("/scalar/", reference.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
