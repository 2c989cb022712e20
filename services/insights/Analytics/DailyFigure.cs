namespace AdFlux.Insights.Analytics;

/// <summary>A platform's metric summed over every entity the caller sees, on one UTC day.</summary>
public sealed record DailyFigure(string Platform, string Metric, DateOnly Day, double Sum);
