namespace AdFlux.Contracts.Ads;

/// <summary>A client profile's candidates were segmented (K-means, k chosen by silhouette); the new segments replace the previous ones.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the candidates belong to.</param>
/// <param name="OccurredAt">When the segments were computed.</param>
/// <param name="JobAdId">The job ad the segmentation was made for; <see cref="Guid.Empty"/> when it covers all of a client profile's candidates.</param>
/// <param name="SegmentCounts">Candidates per segment, keyed by the segment's description.</param>
/// <param name="ClientProfileId">The client profile whose candidates were segmented.</param>
/// <param name="ComputationId">The computation's id; every stored segment of this run carries it.</param>
/// <param name="K">The number of segments chosen.</param>
/// <param name="Silhouette">The mean silhouette of the chosen clustering (−1 to 1, higher is better separated).</param>
public sealed record CandidateSegmentsComputed(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid JobAdId,
    IReadOnlyDictionary<string, int> SegmentCounts,
    Guid? ClientProfileId = null,
    Guid? ComputationId = null,
    int? K = null,
    double? Silhouette = null) : IIntegrationEvent;
