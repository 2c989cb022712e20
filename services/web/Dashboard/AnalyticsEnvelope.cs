namespace AdFlux.Web.Dashboard;

/// <summary>The parts of insights' analytics envelope the client view shows.</summary>
public sealed record AnalyticsEnvelope(string Status, DateTimeOffset Timestamp, AnalyticsData Data);
