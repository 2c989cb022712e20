namespace AdFlux.Video.Rules;

/// <summary>The clips sharing one value of a dimension: how many, and their median views per hour.</summary>
public sealed record GroupPerformance(string Value, int Clips, double MedianViewsPerHour);
