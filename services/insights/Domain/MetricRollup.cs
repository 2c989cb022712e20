using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// A series' points in one hour, day or week (table <c>metric_rollups</c>), kept up to date by
/// every write of a point in the same statement: <see cref="Sum"/> and <see cref="Count"/> move by
/// the change a point makes, <see cref="LastValue"/> is the value of the latest window in the bucket
/// (the closing level of a gauge such as followers).
/// </summary>
public sealed class MetricRollup : IClientProfileScoped
{
    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string Platform { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Metric { get; set; }

    /// <summary><see cref="Granularity.Hour"/>, <see cref="Granularity.Day"/> or <see cref="Granularity.Week"/>.</summary>
    public required string Granularity { get; set; }

    /// <summary>The bucket's first instant (UTC hour, UTC day, or the UTC Monday of an ISO week).</summary>
    public DateTimeOffset BucketStart { get; set; }

    public double Sum { get; set; }

    public int Count { get; set; }

    public DateTimeOffset LastWindowStart { get; set; }

    public double LastValue { get; set; }
}
