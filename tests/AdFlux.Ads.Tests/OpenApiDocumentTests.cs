using AdFlux.Testing;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class OpenApiDocumentTests(AdsWorld world)
{
    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        using var client = world.Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", world.AdminA);
        var served = await CommittedOpenApi.AssertMatchesAsync(client, "ads");
        Assert.NotNull(served["paths"]!["/api/ads/campaigns"]);
    }
}
