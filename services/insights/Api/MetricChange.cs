namespace AdFlux.Insights.Api;

/// <summary>A flow metric's total against the previous period; <see cref="ChangePercent"/> is null when the previous total was zero.</summary>
public sealed record MetricChange(string Platform, string Metric, double Current, double Previous, double? ChangePercent);
