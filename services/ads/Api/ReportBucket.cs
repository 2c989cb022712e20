namespace AdFlux.Ads.Api;

/// <summary>One day, or one ISO week (Monday first), of a report.</summary>
public sealed record ReportBucket(DateOnly Start, ReportKpis Kpis);
