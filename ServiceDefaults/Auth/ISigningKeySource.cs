using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Public keys that access tokens may be signed with. Services read identity's JWKS;
/// identity reads its own key ring; tests add a test key. Replace it in DI to change trust.
/// </summary>
public interface ISigningKeySource
{
    /// <summary>
    /// The keys to validate a token whose header names <paramref name="keyId"/>. An unknown
    /// <paramref name="keyId"/> makes the source re-read its keys (rate-limited): that is how a
    /// rotated key is trusted without a restart.
    /// </summary>
    ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken);
}
