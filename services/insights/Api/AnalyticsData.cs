namespace AdFlux.Insights.Api;

/// <summary>The figures, what they show, and what to do about it; all three derived from the same numbers.</summary>
public sealed record AnalyticsData(AnalyticsMetrics Metrics, AnalyticsInsights Insights, AnalyticsRecommendations Recommendations);
