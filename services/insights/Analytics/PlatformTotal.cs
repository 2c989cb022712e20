namespace AdFlux.Insights.Analytics;

/// <summary>A platform's metric summed over a whole period and every entity the caller sees.</summary>
public sealed record PlatformTotal(string Platform, string Metric, double Sum);
