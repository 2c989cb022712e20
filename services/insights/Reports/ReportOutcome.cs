namespace AdFlux.Insights.Reports;

/// <summary>How a scheduled run ended: <c>created</c> (with the report's id), <c>skipped</c> (nothing new) or <c>failed</c> (with why).</summary>
public sealed record ReportOutcome(string Outcome, Guid? ReportId, string? Error)
{
    public const string Created = "created";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
