namespace AdFlux.Insights.Api;

/// <summary>What to do, each item following from a rule over the figures it cites.</summary>
public sealed record AnalyticsRecommendations(IReadOnlyList<Recommendation> Items);
