namespace AdFlux.Video.Rules;

/// <summary>A platform's proposal: the best value per dimension, why, and the full rankings behind it.</summary>
public sealed record RulesRanking(IReadOnlyDictionary<string, string> Rules, string Reason, int SampleSize, IReadOnlyList<DimensionRanking> Rankings);
