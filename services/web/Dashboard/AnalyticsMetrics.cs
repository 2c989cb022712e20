namespace AdFlux.Web.Dashboard;

public sealed record AnalyticsMetrics(AnalyticsPeriod Period, IReadOnlyDictionary<string, PlatformMetrics> Platforms);
