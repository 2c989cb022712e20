using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AdFlux.Identity.Tokens;

/// <summary>
/// Envelope encryption of the signing keys' private halves (AES-256-GCM, the row id as associated
/// data, so a row's ciphertext cannot be moved to another row). The envelope key never enters
/// identitydb: it comes from <c>Identity:KeyEncryption:Key</c>, or is generated on first start
/// into <c>Identity:KeyEncryption:KeyFile</c>. Whoever can read the database alone can no longer
/// mint tokens.
/// </summary>
public sealed class SigningKeyProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    public SigningKeyProtector(IOptions<KeyEncryptionOptions> options, ILogger<SigningKeyProtector> logger)
    {
        _key = EnvelopeKey.Load(options.Value, logger);
        KeyId = Convert.ToHexString(SHA256.HashData(_key), 0, 8).ToLowerInvariant();
    }

    /// <summary>A fingerprint of the envelope key, stored beside each row it encrypted.</summary>
    public string KeyId { get; }

    public byte[] Protect(string rowId, byte[] plaintext)
    {
        var sealed_ = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealed_.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealed_.AsSpan(NonceSize + TagSize), sealed_.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(rowId));
        return sealed_;
    }

    public byte[] Unprotect(string rowId, string? keyId, byte[] stored)
    {
        if (keyId != KeyId)
        {
            throw new InvalidOperationException(
                $"Signing key {rowId} was encrypted with envelope key {keyId}, but the configured envelope key is {KeyId}: " +
                $"set {KeyEncryptionOptions.Section}:Key (or KeyFile) to the key identity used before.");
        }
        var plaintext = new byte[stored.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(stored.AsSpan(0, NonceSize), stored.AsSpan(NonceSize + TagSize), stored.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(rowId));
        return plaintext;
    }
}
