using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Api;

public sealed record SegmentAudienceResponse(Guid SegmentId, string Platform, string? AudienceId, string? Status, int Rows, DateTimeOffset? UploadedAt)
{
    public static SegmentAudienceResponse From(CandidateSegment s) =>
        new(s.Id, Domain.AdPlatforms.Meta, s.MetaAudienceId, s.AudienceStatus, s.AudienceRows, s.AudienceUploadedAt);
}
