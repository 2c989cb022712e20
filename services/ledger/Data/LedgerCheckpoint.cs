using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ledger.Data;

/// <summary>A signed statement of a tenant's chain head at one position (table <c>ledger_checkpoints</c>, append-only).</summary>
public sealed class LedgerCheckpoint : ITenantOwned
{
    public long Id { get; set; }

    public Guid TenantId { get; set; }

    public long Position { get; set; }

    public required string HeadHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string KeyId { get; set; }

    public required string Signature { get; set; }
}
