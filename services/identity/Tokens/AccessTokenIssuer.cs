using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Identity.Tokens;

/// <summary>Signs short-lived access tokens (RS256) with the active key of the <see cref="SigningKeyRing"/>.</summary>
public sealed class AccessTokenIssuer(
    SigningKeyRing keys,
    IOptions<AuthOptions> authOptions,
    IOptions<IdentityServiceOptions> identityOptions,
    TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(User user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + identityOptions.Value.AccessTokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [AdFluxClaims.Subject] = user.Id.ToString(),
            [AdFluxClaims.TenantId] = user.TenantId.ToString(),
            [AdFluxClaims.Role] = user.Role,
            [JwtRegisteredClaimNames.Email] = user.Email,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            [IdentityClaims.SecurityVersion] = user.SecurityVersion,
        };
        if (user.Role == Roles.Viewer && user.ClientProfileIds.Count > 0)
        {
            claims[AdFluxClaims.ClientProfileId] = user.ClientProfileIds.Select(id => id.ToString()).ToArray();
        }
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = authOptions.Value.Issuer,
            Audience = authOptions.Value.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = await keys.GetSigningCredentialsAsync(cancellationToken),
        });
        return (token, expiresAt);
    }
}
