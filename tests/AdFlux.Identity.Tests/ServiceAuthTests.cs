using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdFlux.Identity.Tests;

/// <summary>
/// Any other AdFlux service (here a minimal one built with the same ServiceDefaults) trusts
/// identity's tokens through the JWKS and checks API keys by asking identity.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class ServiceAuthTests(IdentityWorld world) : IAsyncLifetime
{
    private WebApplication _service = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        // Rotation is picked up on the first unknown kid; no minimum wait, so the test need not sleep.
        builder.Configuration["Auth:KeyRefreshMinInterval"] = "00:00:00";
        builder.AddServiceDefaults();
        builder.WebHost.RouteIdentityTo(() => world.Factory.Server.CreateHandler());
        // Identity's keys stay trusted through its JWKS; the test key lets a test build a token that differs in one flaw only.
        builder.Services.TrustTestSigningKey();
        _service = builder.Build();
        _service.MapDefaultEndpoints();
        _service.MapGet("/probe", (ClaimsPrincipal user) => TypedResults.Ok(user.FindFirstValue(AdFluxClaims.TenantId)));
        _service.MapPost("/probe", () => TypedResults.NoContent()).RequireAuthorization(Policies.Admin);
        await _service.StartAsync();
        _client = _service.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_token_issued_by_identity_is_accepted_and_carries_the_tenant()
    {
        using var response = await SendAsync(HttpMethod.Get, bearer: world.A.AdminToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(world.A.TenantId.ToString(), await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public async Task A_key_rotated_in_identity_is_trusted_without_restarting_the_service()
    {
        (await SendAsync(HttpMethod.Get, bearer: world.A.AdminToken)).Dispose();
        await world.Factory.Services.GetRequiredService<SigningKeyRing>().RotateAsync(CancellationToken.None);
        var fresh = await world.Api.LoginAsync(IdentityFactory.AdminAEmail);

        using var response = await SendAsync(HttpMethod.Get, bearer: fresh.AccessToken);
        using var old = await SendAsync(HttpMethod.Get, bearer: world.A.AdminToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    /// <summary>
    /// The probe trusts the test signing key, so a token built the same way but left intact is
    /// accepted first (the control); each broken one is then refused for the reason it names, which
    /// the 401 problem's detail reports.
    /// </summary>
    [Theory]
    [InlineData("expired", "The access token has expired.")]
    [InlineData("forged", "The access token's signature is not valid.")]
    [InlineData("alg:none", "The access token must be signed with RS256.")]
    public async Task A_broken_token_is_refused_for_exactly_its_flaw_while_the_same_token_intact_is_accepted(string flaw, string reason)
    {
        TestTokenBuilder Token() => TestTokens.For(world.A.TenantId, world.A.AdminUserId).AsAdmin();
        var broken = flaw switch
        {
            "expired" => Token().Expired(),
            "forged" => Token().Forged(),
            _ => Token().Unsigned(),
        };

        using var intact = await SendAsync(HttpMethod.Get, bearer: Token().Build());
        using var refused = await SendAsync(HttpMethod.Get, bearer: broken.Build());
        var problem = await refused.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();

        Assert.Equal(HttpStatusCode.OK, intact.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reason, problem!.Detail);
    }

    [Fact]
    public async Task A_viewer_is_forbidden_an_admin_operation()
    {
        using var viewer = await SendAsync(HttpMethod.Post, bearer: world.A.ViewerToken);
        using var admin = await SendAsync(HttpMethod.Post, bearer: world.A.AdminToken);

        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, admin.StatusCode);
    }

    [Fact]
    public async Task An_api_key_is_checked_with_identity_and_its_revocation_is_honoured_at_once()
    {
        var key = await world.Api.CreateApiKeyAsync(world.B.AdminToken, "service caller");

        using var before = await SendAsync(HttpMethod.Get, apiKey: key.Key);
        var tenant = await before.Content.ReadFromJsonAsync<string>();
        await world.Api.RevokeApiKeyAsync(world.B.AdminToken, key.Id);
        using var after = await SendAsync(HttpMethod.Get, apiKey: key.Key);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(world.B.TenantId.ToString(), tenant);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string? bearer = null, string? apiKey = null)
    {
        var request = new HttpRequestMessage(method, "/probe");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (apiKey is not null)
        {
            request.Headers.Add(AuthSchemes.ApiKeyHeader, apiKey);
        }
        return _client.SendAsync(request);
    }
}
