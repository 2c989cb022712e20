using AdFlux.Testing;
using AdFlux.Testing.Auth;

namespace AdFlux.Insights.Tests;

[Collection(InsightsCollection.Name)]
public sealed class OpenApiDocumentTests(InsightsWorld world)
{
    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        using var client = world.Client(TestTokens.Admin(Guid.NewGuid()));
        var served = await CommittedOpenApi.AssertMatchesAsync(client, "insights");
        Assert.NotNull(served["paths"]!["/api/insights/analytics/comprehensive"]);
        Assert.NotNull(served["paths"]!["/api/insights/exports/analytics"]!["get"]!["responses"]!["200"]!["content"]!["application/pdf"]);
    }
}
