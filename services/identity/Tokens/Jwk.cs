using System.Text.Json.Serialization;

namespace AdFlux.Identity.Tokens;

/// <summary>An RSA public key as RFC 7517 writes it.</summary>
public sealed record Jwk(
    [property: JsonPropertyName("kty")] string KeyType,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("kid")] string KeyId,
    [property: JsonPropertyName("n")] string Modulus,
    [property: JsonPropertyName("e")] string Exponent);
