using System.Security.Cryptography;
using AdFlux.ServiceDefaults;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Keys the services need on embedded defaults, generated once into the data folder (mode 600)
/// and handed over on every start, so encrypted rows stay readable across restarts:
/// ingest's key for webhook secrets and platform credentials, identity's envelope key file for
/// its signing keys, and video's media folder.
/// </summary>
public static class LocalSecrets
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ServiceSettings(string dataDirectory, AdminLogin login)
    {
        var identity = new Dictionary<string, string>(login.BootstrapEnvironment)
        {
            ["Identity__KeyEncryption__KeyFile"] = Path.Combine(dataDirectory, "identity-signing-key-envelope.key"),
        };
        return new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [ResourceNames.Identity] = identity,
            [ResourceNames.Ingest] = new Dictionary<string, string> { ["Ingest__Secrets__Key"] = KeyFromFile(Path.Combine(dataDirectory, "ingest-secrets.key")) },
            [ResourceNames.Video] = new Dictionary<string, string> { ["Video__StorageRoot"] = Path.Combine(dataDirectory, "video-media") },
        };
    }

    /// <summary>32 random bytes as base64, read from <paramref name="path"/> or generated into it.</summary>
    private static string KeyFromFile(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, "");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(path, key);
        return key;
    }
}
