namespace AdFlux.Ads.Candidates;

/// <summary>One computed segment: its words and its members.</summary>
public sealed record SegmentDraft(int Number, string Description, IReadOnlyList<Guid> MemberIds);
