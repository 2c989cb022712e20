using System.Security.Cryptography;

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
        var path = options.KeyFile;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                // CreateNew: two instances starting together cannot both write a key; the loser reads the winner's.
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                using var stream = new FileStream(path, create);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)));
                logger.LogWarning("Generated the signing-key envelope key at {Path}; back it up, or set {Setting} from a secret store", path, $"{KeyEncryptionOptions.Section}:Key");
            }
            catch (IOException) when (File.Exists(path))
            {
                logger.LogInformation("Another instance generated the envelope key at {Path} first; using it", path);
            }
        }
        // The racing writer may not have flushed yet.
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt == 50)
            {
                return Decode(text, path);
            }
            Thread.Sleep(20);
        }
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
