using System.Security.Cryptography;
using System.Text;

namespace AdFlux.Identity.Tokens;

/// <summary>
/// SHA-256 of a random, high-entropy secret (refresh token, API key). Unlike passwords these
/// cannot be guessed, so a slow hash would only cost latency.
/// </summary>
public static class SecretHash
{
    public static byte[] Of(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static string NewSecret() => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static bool Matches(string secret, byte[] hash) => CryptographicOperations.FixedTimeEquals(Of(secret), hash);
}
