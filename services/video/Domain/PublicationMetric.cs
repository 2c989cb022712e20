using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>The latest figures ingest reported for a published variant (one row per publication).</summary>
public sealed class PublicationMetric : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid PublicationId { get; set; }

    public double Views { get; set; }

    /// <summary>Likes, comments, shares and saves together, where the platform reports them.</summary>
    public double Engagements { get; set; }

    /// <summary>The end of the window the figures describe.</summary>
    public DateTimeOffset ObservedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
