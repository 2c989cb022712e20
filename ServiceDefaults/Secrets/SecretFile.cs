using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Secrets;

/// <summary>
/// A key a service keeps outside its database: read from <c>path</c>, or generated there on
/// first start (mode 0600), so whoever reads the database alone does not hold it.
/// </summary>
public static class SecretFile
{
    /// <param name="path">The key's file.</param>
    /// <param name="generate">Makes a new key's text (first start only).</param>
    /// <param name="setting">The configuration key that supplies the key instead, named in the log.</param>
    public static string ReadOrCreate(string path, Func<string> generate, ILogger logger, string setting)
    {
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
                writer.Write(generate());
                logger.LogWarning("Generated a key at {Path}; back it up, or set {Setting} from a secret store", path, setting);
            }
            catch (IOException) when (File.Exists(path))
            {
                logger.LogInformation("Another instance generated the key at {Path} first; using it", path);
            }
        }
        // The racing writer may not have flushed yet.
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt == 50)
            {
                return text;
            }
            Thread.Sleep(20);
        }
    }
}
