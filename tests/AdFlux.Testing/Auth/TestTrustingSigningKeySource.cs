using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Testing.Auth;

/// <summary>The service's own key source, plus <see cref="TestSigningKey.Trusted"/>.</summary>
internal sealed class TestTrustingSigningKeySource(ISigningKeySource inner) : ISigningKeySource
{
    public async ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (keyId == TestSigningKey.KeyId)
        {
            return [TestSigningKey.Trusted];
        }
        return [.. await inner.GetKeysAsync(keyId, cancellationToken), TestSigningKey.Trusted];
    }
}
