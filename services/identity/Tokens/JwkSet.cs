using System.Text.Json.Serialization;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Identity.Tokens;

/// <summary>The public half of the published signing keys (RFC 7517 §5).</summary>
public sealed record JwkSet([property: JsonPropertyName("keys")] IReadOnlyList<Jwk> Keys)
{
    public static JwkSet From(IEnumerable<SecurityKey> keys) => new(keys.OfType<RsaSecurityKey>().Select(key =>
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Jwk("RSA", "sig", AccessTokenValidator.Algorithm, key.KeyId, Base64UrlEncoder.Encode(parameters.Modulus), Base64UrlEncoder.Encode(parameters.Exponent));
    }).ToList());
}
