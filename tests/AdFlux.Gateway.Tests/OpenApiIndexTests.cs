using System.Net.Http.Json;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.Tests.Support;
using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiIndexTests(IngestFixture ingest)
{
    [Fact]
    public async Task The_index_lists_each_configured_service_document_at_its_gateway_url()
    {
        await using var gateway = ingest.Gateway();
        using var client = gateway.CreateClient();

        var index = (await client.GetFromJsonAsync<OpenApiIndex>("/openapi/index.json"))!;

        var link = Assert.Single(index.Urls);
        Assert.Equal(ResourceNames.Ingest, link.Name);
        Assert.Equal("/openapi/ingest/v1.json", link.Url);
    }
}
