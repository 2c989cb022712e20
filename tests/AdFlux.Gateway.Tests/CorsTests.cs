using System.Net;
using AdFlux.Gateway.Tests.Support;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CorsTests(GatewayFixture services)
{
    private const string Dashboard = "https://dashboard.adflux.test";

    [Fact]
    public async Task A_preflight_from_the_dashboard_origin_is_allowed()
    {
        await using var gateway = DashboardGateway();
        using var client = gateway.CreateClient();

        var response = await client.SendAsync(Preflight(Dashboard));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Dashboard, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_grant()
    {
        await using var gateway = DashboardGateway();
        using var client = gateway.CreateClient();

        var response = await client.SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private GatewayFactory DashboardGateway() => services.Gateway(new Dictionary<string, string?>
    {
        ["Gateway:Cors:AllowedOrigins:0"] = Dashboard,
    });

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, ProbeEndpoints.ApiPath);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
