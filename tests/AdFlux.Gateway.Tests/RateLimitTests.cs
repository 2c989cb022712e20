using System.Net;
using AdFlux.Gateway.Tests.Support;
using AdFlux.ServiceDefaults.Errors;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayFixture services)
{
    // An hour-long window cannot roll over during a test, so the count alone decides.
    private static readonly Dictionary<string, string?> TwoPerHourPerIp = new()
    {
        ["Gateway:RateLimits:PerIp:PermitLimit"] = "2",
        ["Gateway:RateLimits:PerIp:Window"] = "01:00:00",
    };

    [Fact]
    public async Task A_client_over_its_ip_limit_gets_429_problem_details_with_retry_after()
    {
        await using var gateway = services.Gateway(TwoPerHourPerIp);
        using var client = gateway.CreateClient().AsTenant();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(ProbeEndpoints.WebhookPath, new StringContent("{}"))).StatusCode);
        var rejected = await client.GetAsync(ProbeEndpoints.ApiPath);
        var problem = await rejected.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal(ProblemTypes.RateLimited, problem.Type);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Retry_after_is_the_time_left_until_the_window_reopens_and_the_window_does_reopen_then()
    {
        await using var gateway = services.Gateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:PerIp:PermitLimit"] = "1",
            ["Gateway:RateLimits:PerIp:Window"] = "00:00:06",
        });
        using var client = gateway.CreateClient().AsTenant();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var rejected = await client.GetAsync(ProbeEndpoints.ApiPath);

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        // 2.5 s of the 6 s window are gone: at most 4 s are left (whole seconds, rounded up), not a whole window.
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));
        await Task.Delay(retryAfter.Value);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
    }

    [Fact]
    public async Task Requests_with_bad_credentials_count_against_the_ip_limit_so_a_key_guessing_flood_is_cut_off_before_identity()
    {
        await using var gateway = services.Gateway(TwoPerHourPerIp);
        using var guesser = gateway.CreateClient().WithApiKey("afx_not-a-real-key");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await guesser.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Health_and_the_openapi_index_are_not_counted_against_the_ip_limit()
    {
        await using var gateway = services.Gateway(TwoPerHourPerIp);
        using var client = gateway.CreateClient().AsTenant();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/index.json")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
    }

    [Fact]
    public async Task A_tenant_over_its_limit_gets_429_while_another_tenant_from_the_same_address_still_passes()
    {
        await using var gateway = services.Gateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:PerTenant:PermitLimit"] = "2",
            ["Gateway:RateLimits:PerTenant:Window"] = "01:00:00",
        });
        using var tenantA = gateway.CreateClient().AsTenant();
        using var tenantB = gateway.CreateClient().AsTenant();

        Assert.Equal(HttpStatusCode.OK, (await tenantA.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenantA.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        var rejected = await tenantA.GetAsync(ProbeEndpoints.ApiPath);
        var other = await tenantB.GetAsync(ProbeEndpoints.ApiPath);

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.NotNull(rejected.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
