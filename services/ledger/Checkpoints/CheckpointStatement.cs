using System.Globalization;
using System.Text;

namespace AdFlux.Ledger.Checkpoints;

/// <summary>What a checkpoint signs: the tenant, the position, the head hash there and the signing time, as fixed UTF-8 lines.</summary>
public sealed record CheckpointStatement(Guid TenantId, long Position, string HeadHash, DateTimeOffset CreatedAt)
{
    public const string Version = "adflux-ledger-checkpoint/v1";

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(string.Join('\n',
        Version,
        TenantId.ToString("D"),
        Position.ToString(CultureInfo.InvariantCulture),
        HeadHash,
        CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)));
}
