using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// The last value a pull emitted for one entity, metric and day (table <c>pulled_figures</c>): a later
/// pull of the lookback window that reads the same value emits nothing, a different one is a restatement.
/// </summary>
public sealed class PulledFigure : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid SourceId { get; set; }

    /// <summary><c>channel</c>, <c>video</c>, <c>artist</c> or <c>track</c>.</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Metric { get; set; }

    public DateOnly Day { get; set; }

    public double Value { get; set; }

    public DateTimeOffset PulledAt { get; set; }
}
