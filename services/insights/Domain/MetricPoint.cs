using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One reported value (table <c>metric_points</c>): a metric of a platform entity over an observed
/// window. The series key plus the window is unique; a restatement replaces the value.
/// </summary>
public sealed class MetricPoint : IClientProfileScoped
{
    public long Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The client profile, or <see cref="SeriesKey.NoClientProfile"/> for tenant-wide figures.</summary>
    public Guid ClientProfileId { get; set; }

    public required string Platform { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Metric { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public DateTimeOffset WindowEnd { get; set; }

    public double Value { get; set; }

    /// <summary>When the source observed the value (the event's <c>OccurredAt</c>); an older observation never replaces a newer one.</summary>
    public DateTimeOffset ObservedAt { get; set; }

    /// <summary>The event that wrote the current value.</summary>
    public Guid EventId { get; set; }
}
