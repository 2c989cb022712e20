using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.Tests.Support;
using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiIndexTests(GatewayFixture services)
{
    [Fact]
    public async Task The_index_lists_each_configured_service_document_at_its_gateway_url()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var index = (await client.GetFromJsonAsync<OpenApiIndex>("/openapi/index.json"))!;

        Assert.Equal(
            [(ResourceNames.Identity, "/openapi/identity/v1.json"), (ResourceNames.Ingest, "/openapi/ingest/v1.json")],
            index.Urls.Select(link => (link.Name, link.Url)).OrderBy(link => link.Name));
    }

    [Fact]
    public async Task A_listed_document_is_the_service_own_openapi_document_served_without_a_token()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();
        var index = (await client.GetFromJsonAsync<OpenApiIndex>("/openapi/index.json"))!;

        var url = index.Urls.Single(link => link.Name == ResourceNames.Identity).Url;
        using var document = JsonDocument.Parse(await client.GetStringAsync(url));

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/identity/login", out _));
    }
}
