namespace AdFlux.Insights.Analytics.Statistics;

/// <summary>Every lag tried and the one with the highest correlation (ties go to the shorter lag); no best when none could be computed.</summary>
public sealed record LaggedCorrelationResult(IReadOnlyList<LagCorrelation> Lags, int? BestLag, double? BestR, int? BestPairs);
