using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Api;

public sealed record CandidateSegmentResponse(Guid Id, int Number, string Description, int Size, IReadOnlyList<Guid> MemberIds, string? MetaAudienceId, string? AudienceStatus)
{
    public static CandidateSegmentResponse From(CandidateSegment s) =>
        new(s.Id, s.Number, s.Description, s.MemberIds.Count, s.MemberIds, s.MetaAudienceId, s.AudienceStatus);
}
