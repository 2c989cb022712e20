using System.Security.Cryptography;
using System.Text;

namespace AdFlux.ServiceDefaults.Secrets;

/// <summary>
/// AES-256-GCM for secrets at rest (platform credentials, signing secrets): they must be
/// recoverable to call with, so hashing is not an option. Layout: nonce | tag | ciphertext.
/// The purpose is bound as associated data, so a blob cannot be moved to another use.
/// </summary>
public sealed class SecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    private SecretProtector(byte[] key) => _key = key;

    /// <summary>The key from configuration: 32 random bytes, base64; <paramref name="setting"/> names where it is read in errors.</summary>
    public static SecretProtector FromBase64(string? configured, string setting)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"Missing configuration '{setting}' (environment variable {setting.Replace(":", "__", StringComparison.Ordinal)}): 32 random bytes, base64.");
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Configuration '{setting}' is not base64.");
        }
        if (key.Length != 32)
        {
            throw new InvalidOperationException($"Configuration '{setting}' must decode to 32 bytes, not {key.Length}.");
        }
        return new SecretProtector(key);
    }

    public byte[] Protect(string plaintext, string purpose)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + data.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    public string Unprotect(byte[] blob, string purpose)
    {
        if (blob.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is truncated.");
        }
        var plaintext = new byte[blob.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plaintext);
    }
}
