using System.Security.Cryptography;

namespace AdFlux.AppHost;

/// <summary>
/// Keys and folders the services need beyond their database and broker. Locally they are
/// generated once into the data folder (mode 600) and handed over on every start, so encrypted
/// rows stay readable across restarts; when publishing they are secret parameters.
/// </summary>
public static class LocalSecrets
{
    /// <summary>Identity's envelope key for its signing keys at rest.</summary>
    public static IResourceBuilder<ProjectResource> WithSigningKeyEnvelope(this IResourceBuilder<ProjectResource> identity, LocalData data) =>
        identity.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? identity.WithEnvironment("Identity__KeyEncryption__Key", identity.ApplicationBuilder.AddParameter("identity-key-encryption-key", secret: true))
            : identity.WithEnvironment("Identity__KeyEncryption__KeyFile", Path.Combine(data.Directory, "identity-signing-key-envelope.key"));

    /// <summary>The ledger's key for signing checkpoints of each tenant's chain (never in ledgerdb).</summary>
    public static IResourceBuilder<ProjectResource> WithCheckpointSigningKey(this IResourceBuilder<ProjectResource> ledger, LocalData data) =>
        ledger.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? ledger.WithEnvironment("Ledger__Checkpoints__Key", ledger.ApplicationBuilder.AddParameter("ledger-checkpoint-signing-key", secret: true))
            : ledger.WithEnvironment("Ledger__Checkpoints__KeyFile", Path.Combine(data.Directory, "ledger-checkpoint-signing-key.pem"));

    /// <summary>Ingest's key for webhook secrets and platform credentials.</summary>
    public static IResourceBuilder<ProjectResource> WithSecretsKey(this IResourceBuilder<ProjectResource> ingest, LocalData data) =>
        ingest.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? ingest.WithEnvironment("Ingest__Secrets__Key", ingest.ApplicationBuilder.AddParameter("ingest-secrets-key", secret: true))
            : ingest.WithEnvironment("Ingest__Secrets__Key", KeyFromFile(Path.Combine(data.Directory, "ingest-secrets.key")));

    /// <summary>Ads' key for ad-platform credentials (Meta tokens, Google refresh and developer tokens).</summary>
    public static IResourceBuilder<ProjectResource> WithCredentialsKey(this IResourceBuilder<ProjectResource> ads, LocalData data) =>
        ads.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? ads.WithEnvironment("Ads__Secrets__Key", ads.ApplicationBuilder.AddParameter("ads-secrets-key", secret: true))
            : ads.WithEnvironment("Ads__Secrets__Key", KeyFromFile(Path.Combine(data.Directory, "ads-secrets.key")));

    /// <summary>Video's uploads, renders and sampled frames: in the data folder locally, not in the source tree.</summary>
    public static IResourceBuilder<ProjectResource> WithMediaFolder(this IResourceBuilder<ProjectResource> video, LocalData data) =>
        video.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? video
            : video.WithEnvironment("Video__StorageRoot", MediaFolder(data));

    /// <summary>ml-detection reads the frames video samples from video's media folder and keeps the images it analysed beside it.</summary>
    public static IResourceBuilder<ProjectResource> WithImageFolders(this IResourceBuilder<ProjectResource> mlDetection, LocalData data) =>
        mlDetection.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? mlDetection
            : mlDetection
                .WithEnvironment("MlDetection__MediaRoot", MediaFolder(data))
                .WithEnvironment("MlDetection__ImageStorePath", Path.Combine(data.Directory, "ml-images"));

    private static string MediaFolder(LocalData data) => Path.Combine(data.Directory, "video-media");

    /// <summary>32 random bytes as base64, read from <paramref name="path"/> or generated into it.</summary>
    private static string KeyFromFile(string path) => ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The value kept in <paramref name="path"/>, or a new one from <paramref name="create"/> written there readable only by its owner.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }
        var value = create();
        File.WriteAllText(path, "");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(path, value);
        return value;
    }
}
