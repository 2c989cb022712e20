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

        // Control: the same preflight from the dashboard is granted, so the route and the CORS policy are there.
        var granted = await client.SendAsync(Preflight(Dashboard));
        var response = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(Dashboard, Assert.Single(granted.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(granted.StatusCode, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_authenticated_request_from_the_dashboard_is_answered_with_a_grant_and_one_from_another_origin_without()
    {
        await using var gateway = DashboardGateway();
        using var client = gateway.CreateClient().AsTenant();

        var fromDashboard = await client.SendAsync(WithOrigin(Dashboard));
        var fromElsewhere = await client.SendAsync(WithOrigin("https://evil.example"));

        Assert.Equal(HttpStatusCode.OK, fromDashboard.StatusCode);
        Assert.Equal(Dashboard, Assert.Single(fromDashboard.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage WithOrigin(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ProbeEndpoints.ApiPath);
        request.Headers.Add("Origin", origin);
        return request;
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
