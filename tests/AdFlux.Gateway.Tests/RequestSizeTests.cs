using System.Net;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;
using AdFlux.ServiceDefaults.Errors;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RequestSizeTests(GatewayFixture services)
{
    private static readonly Dictionary<string, string?> SmallLimits = new()
    {
        ["Gateway:RequestSize:ApiMaxBodyBytes"] = "1000",
        ["Gateway:RequestSize:WebhookMaxBodyBytes"] = "5000",
    };

    [Fact]
    public async Task An_api_body_over_the_limit_is_refused_with_413_problem_details()
    {
        await using var gateway = services.Gateway(SmallLimits);
        using var client = gateway.CreateClient().AsTenant();

        var response = await client.PostAsync(ProbeEndpoints.ApiPath, new ByteArrayContent(new byte[1001]));
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProblemTypes.PayloadTooLarge, problem.Type);
        Assert.Contains("1000 bytes", problem.Detail);
    }

    [Fact]
    public async Task A_chunked_api_body_that_grows_over_the_limit_is_refused_with_413_problem_details()
    {
        await using var gateway = services.Gateway(SmallLimits);
        using var client = gateway.CreateClient().AsTenant();
        var chunked = new StreamContent(new MemoryStream(new byte[4000]));
        chunked.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, ProbeEndpoints.ApiPath) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProblemTypes.PayloadTooLarge, problem.Type);
    }

    [Fact]
    public async Task A_webhook_body_larger_than_the_api_limit_but_within_the_webhook_limit_passes()
    {
        await using var gateway = services.Gateway(SmallLimits);
        using var client = gateway.CreateClient().AsTenant();

        var accepted = await client.PostAsync(ProbeEndpoints.WebhookPath, new ByteArrayContent(new byte[4000]));
        var refused = await client.PostAsync(ProbeEndpoints.WebhookPath, new ByteArrayContent(new byte[5001]));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(4000, (await accepted.Content.ReadFromJsonAsync<ProbeResponse>())!.BodyLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }
}
