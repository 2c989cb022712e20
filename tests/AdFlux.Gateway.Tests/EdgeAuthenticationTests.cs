using System.Net;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tokens;
using AdFlux.Testing.Auth;

namespace AdFlux.Gateway.Tests;

/// <summary>
/// The ingest probe itself accepts anyone, so a 401 here can only come from the gateway; the
/// identity calls go to the real identity service.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class EdgeAuthenticationTests(GatewayFixture services)
{
    [Fact]
    public async Task An_api_call_without_a_token_is_refused_at_the_gateway_with_401_problem_details()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(ProbeEndpoints.ApiPath);
        var problem = await response.ReadProblemAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, problem.Status);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("alg-none")]
    public async Task An_api_call_with_a_bad_token_is_refused_at_the_gateway(string kind)
    {
        var tenant = Guid.NewGuid();
        var token = kind switch
        {
            "forged" => TestTokens.Forged(tenant),
            "expired" => TestTokens.Expired(tenant),
            _ => TestTokens.AlgNone(tenant),
        };
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().WithBearer(token);

        var response = await client.GetAsync(ProbeEndpoints.ApiPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_passes_and_reaches_the_service_for_it_to_check_again()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().AsTenant();

        var probe = await client.GetFromJsonAsync<ProbeResponse>(ProbeEndpoints.ApiPath);

        Assert.True(probe!.HadAuthorization);
    }

    [Fact]
    public async Task Login_is_public_and_its_token_is_accepted_at_the_gateway_and_by_identity()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var tokens = await LoginAsync(client);
        var me = await client.WithBearer(tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/identity/users/me");

        Assert.Equal(IdentityFactory.TenantName, me!.TenantName);
        Assert.Equal(IdentityFactory.AdminEmail, me.Email);
    }

    [Fact]
    public async Task An_api_key_is_accepted_on_api_and_webhook_routes_and_a_bad_one_is_refused()
    {
        await using var gateway = services.Gateway();
        using var admin = gateway.CreateClient();
        admin.WithBearer((await LoginAsync(admin)).AccessToken);
        var created = await admin.PostAsJsonAsync("/api/identity/api-keys", new CreateApiKeyRequest("n8n", null, null));
        var key = (await created.Content.ReadFromJsonAsync<CreatedApiKeyResponse>())!.Key;
        using var machine = gateway.CreateClient().WithApiKey(key);
        using var impostor = gateway.CreateClient().WithApiKey(key + "x");

        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await machine.PostAsync(ProbeEndpoints.WebhookPath, new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await impostor.PostAsync(ProbeEndpoints.WebhookPath, new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await impostor.GetAsync(ProbeEndpoints.ApiPath)).StatusCode);
    }

    /// <summary>
    /// What this proves is the gateway's side only: webhooks need no AdFlux credential to pass it.
    /// The probe behind it accepts anything; that ingest verifies each platform's signature is the
    /// ingest service's own test.
    /// </summary>
    [Fact]
    public async Task A_webhook_without_credentials_is_let_through_by_the_gateway_to_ingest()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient();

        var response = await client.PostAsync(ProbeEndpoints.WebhookPath, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<TokenPair> LoginAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/identity/login", new { email = IdentityFactory.AdminEmail, password = IdentityFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }
}
