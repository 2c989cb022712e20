using System.Security.Cryptography;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Gateway.Benchmark;

/// <summary>
/// One RSA key shared by the benchmark's processes through a PEM file (the test key of
/// AdFlux.Testing is random per process): the gateway and the service trust it, <c>token</c> signs with it.
/// </summary>
public sealed class BenchSigningKey(RsaSecurityKey key) : ISigningKeySource
{
    public const string KeyId = "adflux-bench-key";

    public RsaSecurityKey Key { get; } = key;

    public ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SecurityKey>>([Key]);

    public static BenchSigningKey LoadOrCreate(string pemPath)
    {
        var rsa = RSA.Create(2048);
        if (File.Exists(pemPath))
        {
            rsa.ImportFromPem(File.ReadAllText(pemPath));
        }
        else
        {
            File.WriteAllText(pemPath, rsa.ExportRSAPrivateKeyPem());
        }
        return new BenchSigningKey(new RsaSecurityKey(rsa) { KeyId = KeyId });
    }
}
