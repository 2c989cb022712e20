namespace AdFlux.Ledger.Api;

/// <summary>
/// The tenant's checkpoints, newest first, with the public key that verifies them. A checkpoint
/// signs the UTF-8 lines <c>adflux-ledger-checkpoint/v1</c>, tenant id, position, head hash and
/// signing time (<c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>) joined by <c>\n</c>, with ECDSA P-256 / SHA-256.
/// </summary>
public sealed record CheckpointList(string KeyId, string PublicKeyPem, IReadOnlyList<CheckpointResponse> Items);
