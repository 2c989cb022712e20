using System.Security.Cryptography;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Testing.Auth;

/// <summary>
/// An RS256 key that tests sign tokens with; a service trusts it after
/// <c>services.TrustTestSigningKey()</c>. <see cref="Untrusted"/> has the same <c>kid</c> but
/// different key material: what a forger would use.
/// </summary>
public static class TestSigningKey
{
    public const string KeyId = "adflux-test-key";

    public static RsaSecurityKey Trusted { get; } = Create();

    public static RsaSecurityKey Untrusted { get; } = Create();

    public static SigningCredentials Credentials { get; } = new(Trusted, AccessTokenValidator.Algorithm);

    public static SigningCredentials ForgedCredentials { get; } = new(Untrusted, AccessTokenValidator.Algorithm);

    private static RsaSecurityKey Create() => new(RSA.Create(2048)) { KeyId = KeyId };
}
