namespace AdFlux.Insights.Api;

/// <summary>Who wrote a report's readings; <see cref="IsSandbox"/> when the platform sandbox's deterministic stand-in answered.</summary>
public sealed record ReportProvider(string Name, string Model, bool IsSandbox);
