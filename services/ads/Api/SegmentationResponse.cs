using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Api;

/// <summary>A client profile's latest segmentation, largest segment first.</summary>
public sealed record SegmentationResponse(
    Guid ClientProfileId, Guid ComputationId, int K, double Silhouette, DateTimeOffset ComputedAt, IReadOnlyList<CandidateSegmentResponse> Segments,
    Guid? JobAdId)
{
    public static SegmentationResponse From(IReadOnlyList<CandidateSegment> segments)
    {
        var first = segments[0];
        return new(first.ClientProfileId, first.ComputationId, first.K, first.Silhouette, first.ComputedAt,
            [.. segments.OrderBy(s => s.Number).Select(CandidateSegmentResponse.From)], first.JobAdId);
    }
}
