using System.Security.Cryptography;
using AdFlux.ServiceDefaults.Secrets;

namespace AdFlux.Identity.Tokens;

/// <summary>Reads the envelope key from configuration or its file, generating the file on first start.</summary>
public static class EnvelopeKey
{
    public const int Size = 32;

    public static byte[] Load(KeyEncryptionOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return Decode(options.Key, $"{KeyEncryptionOptions.Section}:Key");
        }
        var text = SecretFile.ReadOrCreate(
            options.KeyFile, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)), logger, $"{KeyEncryptionOptions.Section}:Key");
        return Decode(text, options.KeyFile);
    }

    private static byte[] Decode(string base64, string source)
    {
        try
        {
            var key = Convert.FromBase64String(base64.Trim());
            if (key.Length == Size)
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below with the setting's name.
        }
        throw new InvalidOperationException($"The signing-key envelope key in {source} must be base64 of {Size} bytes.");
    }
}
