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

    /// <summary>The job whose candidates were segmented; null for a profile-wide segmentation.</summary>
    public Guid? JobAdId { get; set; }

    /// <summary>The run this segment came from (all segments of one computation share it).</summary>
    public Guid ComputationId { get; set; }

    /// <summary>1 for the largest segment of its run.</summary>
    public int Number { get; set; }

    public required string Description { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    public int K { get; set; }

    public double Silhouette { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>The Meta custom audience made from this segment, stored as soon as Meta returns it (so a second upload reuses it).</summary>
    public string? MetaAudienceId { get; set; }

    /// <summary>Null before any upload, then one of <see cref="AudienceStatuses"/>.</summary>
    public string? AudienceStatus { get; set; }

    /// <summary>Hashed rows Meta received for the audience.</summary>
    public int AudienceRows { get; set; }

    public DateTimeOffset? AudienceUploadedAt { get; set; }
}
