using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Validates an AdFlux access token: RS256 only (so <c>alg:none</c> and HMAC tricks fail),
/// signed by a key from <see cref="ISigningKeySource"/>, right issuer and audience, not expired.
/// A token seen before is not verified again while the key that verified it is still trusted.
/// </summary>
public sealed class AccessTokenValidator(ISigningKeySource keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private const string Expired = "The access token has expired.";
    private const string NotYetValid = "The access token is not valid yet (nbf is in the future).";
    private const string NoExpiry = "The access token has no expiry (exp) and is never accepted.";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ValidatedTokenCache _validated = new();

    /// <summary>The caller's identity, or the reason the token is refused.</summary>
    public async Task<(ClaimsIdentity? Identity, string? Failure)> ValidateAsync(string token, string authenticationType, CancellationToken cancellationToken)
    {
        if (_validated.TryGet(token, authenticationType, out var known))
        {
            if (LifetimeFailure(known.NotBefore, known.Expires, options.Value.ClockSkew) is { } lifetimeFailure)
            {
                _validated.Remove(token);
                return (null, lifetimeFailure);
            }
            if ((await keys.GetKeysAsync(known.KeyId, cancellationToken)).Contains(known.SigningKey))
            {
                return (known.Identity.Clone(), null);
            }
            _validated.Remove(token);
        }

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
            LifetimeValidator = (notBefore, expires, _, _) => LifetimeFailure(notBefore, expires, settings.ClockSkew) is null,
            NameClaimType = AdFluxClaims.Subject,
            RoleClaimType = AdFluxClaims.Role,
            AuthenticationType = authenticationType,
        };
        var result = await _handler.ValidateTokenAsync(jwt, parameters);
        if (result.IsValid)
        {
            _validated.Add(token, new ValidatedToken(
                result.ClaimsIdentity.Clone(), authenticationType, jwt.Kid, jwt.SigningKey,
                jwt.ValidFrom == DateTime.MinValue ? null : jwt.ValidFrom, jwt.ValidTo));
            return (result.ClaimsIdentity, null);
        }
        return (null, result.Exception switch
        {
            SecurityTokenNoExpirationException => NoExpiry,
            SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException =>
                LifetimeFailure(NullIfUnset(jwt.ValidFrom), NullIfUnset(jwt.ValidTo), settings.ClockSkew) ?? Expired,
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The access token's signature is not valid.",
            SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException => "The access token was not issued for AdFlux.",
            _ => "The access token is not valid.",
        });
    }

    // The clock is injected (TimeProvider) so expiry can be tested without waiting.
    // Each failure says what is wrong: a client with a fast clock or a token without exp is not "expired".
    private string? LifetimeFailure(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is not { } exp)
        {
            return NoExpiry;
        }
        if (notBefore is { } nbf && nbf > now + skew)
        {
            return NotYetValid;
        }
        return exp > now - skew ? null : Expired;
    }

    private static DateTime? NullIfUnset(DateTime value) => value == DateTime.MinValue ? null : value;
}
