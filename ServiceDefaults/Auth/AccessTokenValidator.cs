using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Validates an AdFlux access token: RS256 only (so <c>alg:none</c> and HMAC tricks fail),
/// signed by a key from <see cref="ISigningKeySource"/>, right issuer and audience, not expired.
/// </summary>
public sealed class AccessTokenValidator(ISigningKeySource keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The caller's identity, or the reason the token is refused.</summary>
    public async Task<(ClaimsIdentity? Identity, string? Failure)> ValidateAsync(string token, string authenticationType, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return (null, "The access token is malformed.");
        }
        if (jwt.Alg != Algorithm)
        {
            return (null, $"The access token must be signed with {Algorithm}.");
        }

        var settings = options.Value;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            ValidAlgorithms = [Algorithm],
            IssuerSigningKeys = await keys.GetKeysAsync(jwt.Kid, cancellationToken),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, settings.ClockSkew),
            NameClaimType = AdFluxClaims.Subject,
            RoleClaimType = AdFluxClaims.Role,
            AuthenticationType = authenticationType,
        };
        var result = await _handler.ValidateTokenAsync(jwt, parameters);
        if (result.IsValid)
        {
            return (result.ClaimsIdentity, null);
        }
        return (null, result.Exception switch
        {
            SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "The access token has expired.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The access token's signature is not valid.",
            SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException => "The access token was not issued for AdFlux.",
            _ => "The access token is not valid.",
        });
    }

    // The clock is injected (TimeProvider) so expiry can be tested without waiting.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp > now - skew && (notBefore is not { } nbf || nbf <= now + skew);
    }
}
