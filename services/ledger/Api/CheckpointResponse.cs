using AdFlux.Ledger.Data;

namespace AdFlux.Ledger.Api;

public sealed record CheckpointResponse(long Position, string HeadHash, DateTimeOffset CreatedAt, string KeyId, string Signature)
{
    public static CheckpointResponse From(LedgerCheckpoint c) => new(c.Position, c.HeadHash, c.CreatedAt, c.KeyId, c.Signature);
}
