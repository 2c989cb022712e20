namespace AdFlux.Contracts.Ledger;

/// <summary>
/// A signed statement of a tenant's chain head: whoever keeps it can later prove the ledger's
/// rows up to <paramref name="Position"/> were not rewritten, even by someone holding its database.
/// </summary>
/// <param name="Position">The chain position the checkpoint covers (1, 2, 3… within the tenant).</param>
/// <param name="HeadHash">The hash of the row at that position (hex SHA-256).</param>
/// <param name="CreatedAt">When the checkpoint was signed; part of the signed statement.</param>
/// <param name="KeyId">Fingerprint of the public key that verifies <paramref name="Signature"/>.</param>
/// <param name="Signature">ECDSA P-256 / SHA-256 signature (base64, IEEE P1363) of the statement.</param>
public sealed record LedgerCheckpointCreated(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    long Position,
    string HeadHash,
    DateTimeOffset CreatedAt,
    string KeyId,
    string Signature) : IIntegrationEvent;
