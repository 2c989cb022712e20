namespace AdFlux.Ingest.Secrets;

/// <summary>The key that encrypts stored secrets and credentials, under <c>Ingest:Secrets</c>.</summary>
public sealed class SecretsOptions
{
    public const string Section = "Ingest:Secrets";

    /// <summary>32 random bytes, base64 (e.g. <c>openssl rand -base64 32</c>); required.</summary>
    public string? Key { get; set; }
}
