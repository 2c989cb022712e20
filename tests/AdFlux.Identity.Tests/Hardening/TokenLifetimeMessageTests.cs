using System.Net;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Identity.Tests.Hardening;

[Collection(IdentityCollection.Name)]
public sealed class TokenLifetimeMessageTests(IdentityWorld world)
{
    [Fact]
    public async Task A_token_not_valid_yet_is_reported_as_not_valid_yet()
    {
        var token = TestTokens.For(world.A.TenantId, world.A.AdminUserId).AsAdmin().IssuedAt(DateTimeOffset.UtcNow.AddHours(1)).Build();

        var (status, body) = await MeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("not valid yet", body);
        Assert.DoesNotContain("expired", body);
    }

    [Fact]
    public async Task A_token_without_expiry_is_reported_as_lacking_one()
    {
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = new AuthOptions().Issuer,
            Audience = new AuthOptions().Audience,
            Claims = new Dictionary<string, object>
            {
                [AdFluxClaims.Subject] = world.A.AdminUserId.ToString(),
                [AdFluxClaims.TenantId] = world.A.TenantId.ToString(),
                [AdFluxClaims.Role] = Roles.Admin,
            },
            SigningCredentials = TestSigningKey.Credentials,
        });

        var (status, body) = await MeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("no expiry", body);
        Assert.DoesNotContain("expired", body);
    }

    private async Task<(HttpStatusCode, string)> MeAsync(string token)
    {
        using var response = await world.Api.SendAsync(HttpMethod.Get, "/api/identity/users/me", token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
