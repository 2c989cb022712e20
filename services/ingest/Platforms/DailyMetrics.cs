namespace AdFlux.Ingest.Platforms;

/// <summary>One day of a YouTube Analytics report.</summary>
public sealed record DailyMetrics(DateOnly Day, IReadOnlyDictionary<string, double> Metrics);
