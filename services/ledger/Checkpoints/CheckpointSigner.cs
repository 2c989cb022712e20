using System.Security.Cryptography;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.Extensions.Options;

namespace AdFlux.Ledger.Checkpoints;

/// <summary>
/// Signs and checks checkpoint statements with an ECDSA P-256 key that never enters ledgerdb:
/// rewriting the chain and recomputing every hash is then still caught, because the new head
/// no longer matches what was signed. Anyone holding the public key can check a checkpoint.
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    private readonly ECDsa _key;

    public CheckpointSigner(IOptions<CheckpointOptions> options, ILogger<CheckpointSigner> logger)
    {
        var pem = string.IsNullOrWhiteSpace(options.Value.Key)
            ? SecretFile.ReadOrCreate(options.Value.KeyFile, NewKeyPem, logger, $"{CheckpointOptions.Section}:Key")
            : options.Value.Key;
        _key = ECDsa.Create();
        try
        {
            _key.ImportFromPem(pem);
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException($"The checkpoint signing key ({CheckpointOptions.Section}:Key or KeyFile) is not a PEM ECDSA private key.", error);
        }
        if (_key.KeySize != 256)
        {
            throw new InvalidOperationException($"The checkpoint signing key must be ECDSA P-256, not a {_key.KeySize}-bit curve.");
        }
        var publicKey = _key.ExportSubjectPublicKeyInfo();
        PublicKeyPem = PemEncoding.WriteString("PUBLIC KEY", publicKey);
        KeyId = Convert.ToHexStringLower(SHA256.HashData(publicKey))[..16];
    }

    /// <summary>Fingerprint of the public key (first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo).</summary>
    public string KeyId { get; }

    public string PublicKeyPem { get; }

    /// <returns>The signature, base64 (IEEE P1363: r | s).</returns>
    public string Sign(CheckpointStatement statement) =>
        Convert.ToBase64String(_key.SignData(statement.ToBytes(), HashAlgorithmName.SHA256));

    public bool Verifies(CheckpointStatement statement, string keyId, string signature)
    {
        if (keyId != KeyId)
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[128];
        return Convert.TryFromBase64String(signature, bytes, out var length)
            && _key.VerifyData(statement.ToBytes(), bytes[..length], HashAlgorithmName.SHA256);
    }

    public void Dispose() => _key.Dispose();

    private static string NewKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
