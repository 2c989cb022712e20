using System.Net;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;

namespace AdFlux.Gateway.Tests;

/// <summary>Service-to-service endpoints in the authorization matrix: the service serves them, the gateway never routes them.</summary>
[Collection(GatewayCollection.Name)]
public sealed class GatewayAuthMatrixTests(GatewayFixture services)
{
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .NotRoutedByGateway(HttpMethod.Post, ApiKeyVerifyRequest.Path, t => new { key = t.ApiKey });

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Internal_endpoints_are_not_reachable_through_the_gateway(string endpoint, string check)
    {
        await using var gateway = services.Gateway();
        using var identity = new HttpClient { BaseAddress = services.IdentityUrl };
        using var edge = gateway.CreateClient();
        var tokens = await LoginAsync(identity);
        using var admin = new HttpClient { BaseAddress = services.IdentityUrl }.WithBearer(tokens.AccessToken);
        var created = await admin.PostAsJsonAsync("/api/identity/api-keys", new CreateApiKeyRequest("matrix", Roles.Viewer, null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<CreatedApiKeyResponse>())!;
        var tenant = new MatrixTenant("gateway", Guid.Empty, Guid.Empty, tokens.AccessToken, tokens.AccessToken, key.Key, null, new Dictionary<string, string>());

        await Matrix.VerifyAsync(endpoint, check, new AuthMatrixWorld(identity, tenant, tenant) { Gateway = edge });
    }

    private static async Task<TokenPair> LoginAsync(HttpClient identity)
    {
        var response = await identity.PostAsJsonAsync("/api/identity/login", new { email = IdentityFactory.AdminEmail, password = IdentityFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }
}
