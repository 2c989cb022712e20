namespace AdFlux.Video.Api;

/// <summary>Seed 001's <c>/debug/clips/summary</c>: clips per platform length with their scores.</summary>
public sealed record ClipsSummary(int Total, int Videos, IReadOnlyList<ClipLengthSummary> ByTargetSeconds);
