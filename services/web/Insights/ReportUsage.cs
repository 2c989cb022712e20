namespace AdFlux.Web.Insights;

/// <summary>A report's tokens and their cost (null when no price is configured).</summary>
public sealed record ReportUsage(long InputTokens, long OutputTokens, decimal? Cost, string? Currency);
