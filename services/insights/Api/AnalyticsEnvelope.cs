namespace AdFlux.Insights.Api;

/// <summary>The analytics response envelope of seed 000: <c>{status, timestamp, data, meta}</c>.</summary>
public sealed record AnalyticsEnvelope(string Status, DateTimeOffset Timestamp, AnalyticsData Data, AnalyticsMeta Meta);
