using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One shard of a tenant's data version (table <c>series_versions</c>): every write that changes a
/// point bumps its series' shard in the same transaction, so the sum over a tenant's shards only
/// grows, and cached analytics keyed by that sum go stale exactly when new data lands. Shards keep
/// concurrent writers of one tenant from queueing on a single row until they commit.
/// </summary>
public sealed class SeriesVersion : ITenantOwned
{
    /// <summary>Writers pick a shard from their series' hash, in 0 .. Shards − 1.</summary>
    public const int Shards = 16;

    public Guid TenantId { get; set; }

    public short Shard { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
