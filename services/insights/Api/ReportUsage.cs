namespace AdFlux.Insights.Api;

/// <summary>A report's tokens over every module and their cost (null when no price is configured for the model).</summary>
public sealed record ReportUsage(long InputTokens, long OutputTokens, decimal? Cost, string? Currency);
