namespace AdFlux.Insights.Api;

/// <summary>A platform's flow metrics on one UTC day of the period.</summary>
public sealed record DailyValues(DateOnly Date, IReadOnlyDictionary<string, double> Values);
