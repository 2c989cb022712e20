namespace AdFlux.Ledger.Checkpoints;

/// <summary>Signed checkpoints of each tenant's chain head, bound from <c>Ledger:Checkpoints</c>.</summary>
public sealed class CheckpointOptions
{
    public const string Section = "Ledger:Checkpoints";

    /// <summary>PEM of the ECDSA P-256 signing key, from a secret store in production. Wins over <see cref="KeyFile"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Where the generated key lives when <see cref="Key"/> is not set; created (mode 0600) on first start. Never in ledgerdb.</summary>
    public string KeyFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "adflux", "ledger", "checkpoint-signing-key.pem");

    /// <summary>How often a tenant whose chain grew gets a new checkpoint.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
