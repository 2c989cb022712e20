namespace AdFlux.Web.Insights;

/// <summary>Who wrote a report's readings; <see cref="IsSandbox"/> when the platform sandbox's stand-in answered.</summary>
public sealed record ReportProvider(string Name, string Model, bool IsSandbox);
