namespace AdFlux.Web.Dashboard;

public sealed record AnalyticsData(AnalyticsMetrics Metrics);
