using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// A tenant's data version (table <c>series_versions</c>): every write that changes a point bumps
/// it in the same transaction, so cached analytics keyed by it go stale exactly when new data lands.
/// </summary>
public sealed class SeriesVersion : ITenantOwned
{
    public Guid TenantId { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
