namespace AdFlux.Video.Rules;

/// <summary>A dimension's groups, best first.</summary>
public sealed record DimensionRanking(string Dimension, IReadOnlyList<GroupPerformance> Groups);
