namespace AdFlux.Insights.Api;

/// <summary>What the numbers show: changes against the previous period, the platform growing most, how Spotify follows YouTube, and where each platform is heading.</summary>
public sealed record AnalyticsInsights(
    IReadOnlyList<MetricChange> Changes,
    PlatformGrowth? BestPlatform,
    CrossPlatformCorrelation? Correlation,
    IReadOnlyList<GrowthForecast> Forecasts);
