namespace AdFlux.Identity.Tokens;

/// <summary>The envelope key for signing keys at rest, bound from <c>Identity:KeyEncryption</c>.</summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "Identity:KeyEncryption";

    /// <summary>Base64 of 32 random bytes; from a secret store in production. Wins over <see cref="KeyFile"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Where the generated key lives when <see cref="Key"/> is not set; created (mode 0600) on first start.</summary>
    public string KeyFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "adflux", "identity", "signing-key-envelope.key");
}
