using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Gateway.Benchmark;

/// <summary>An admin access token shaped as identity issues them, valid for the benchmark's length.</summary>
public static class BenchToken
{
    public static string Create(BenchSigningKey key)
    {
        var now = DateTime.UtcNow;
        var auth = new AuthOptions();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Claims = new Dictionary<string, object>
            {
                [AdFluxClaims.Subject] = Guid.NewGuid().ToString(),
                [AdFluxClaims.TenantId] = Guid.NewGuid().ToString(),
                [AdFluxClaims.Role] = Roles.Admin,
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(2),
            SigningCredentials = new SigningCredentials(key.Key, AccessTokenValidator.Algorithm),
        });
    }
}
