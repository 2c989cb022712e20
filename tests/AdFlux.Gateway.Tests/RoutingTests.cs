using System.Net;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RoutingTests(GatewayFixture services)
{
    [Fact]
    public async Task An_api_request_reaches_its_service_with_path_query_and_forwarding_headers()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().AsTenant();

        var response = await client.GetAsync($"{ProbeEndpoints.ApiPath}?page=2");
        var probe = await response.Content.ReadFromJsonAsync<ProbeResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProbeEndpoints.ApiPath, probe!.Path);
        Assert.Equal("?page=2", probe.Query);
        Assert.Equal("127.0.0.1", probe.ForwardedFor);
    }

    [Fact]
    public async Task A_webhook_is_routed_to_ingest()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().AsTenant();

        var response = await client.PostAsync(ProbeEndpoints.WebhookPath, new StringContent("""{"entry":[]}"""));
        var probe = await response.Content.ReadFromJsonAsync<ProbeResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProbeEndpoints.WebhookPath, probe!.Path);
        Assert.Equal(12, probe.BodyLength);
    }

    [Fact]
    public async Task A_service_without_a_configured_url_has_no_route_and_answers_404_problem_details()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().AsTenant();

        var response = await client.GetAsync("/api/ledger/entries");
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, problem.Status);
    }
}
