using AdFlux.Testing;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class OpenApiDocumentTests(VideoWorld world)
{
    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        using var client = world.Factory.CreateClient();
        var served = await CommittedOpenApi.AssertMatchesAsync(client, "video");
        foreach (var route in new[] { "/api/video/uploads", "/api/video/uploads/sessions/{id}", "/api/video/jobs/{id}/events", "/api/video/debug/clips/summary" })
        {
            Assert.NotNull(served["paths"]![route]);
        }
    }
}
