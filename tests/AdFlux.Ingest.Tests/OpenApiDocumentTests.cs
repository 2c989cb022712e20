using AdFlux.Testing;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class OpenApiDocumentTests(IngestWorld world)
{
    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        using var client = world.Client();
        var served = await CommittedOpenApi.AssertMatchesAsync(client, "ingest");
        Assert.NotNull(served["paths"]!["/webhooks/youtube-metrics"]);
    }
}
