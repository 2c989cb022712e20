using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// One segment of a client profile's latest segmentation (a new computation replaces the previous
/// one): its description, its members, and the k and silhouette of the run that made it.
/// </summary>
public sealed class CandidateSegment : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    /// <summary>The run this segment came from (all segments of one computation share it).</summary>
    public Guid ComputationId { get; set; }

    /// <summary>1 for the largest segment of its run.</summary>
    public int Number { get; set; }

    public required string Description { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    public int K { get; set; }

    public double Silhouette { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
