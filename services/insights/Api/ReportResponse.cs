using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Api;

/// <summary>A whole report: its summary and Q1–Q10, each with numbers, reading or error, attempts, tokens and cost.</summary>
public sealed record ReportResponse(ReportSummary Summary, IReadOnlyList<ReportModule> Modules)
{
    public static ReportResponse From(InsightReport r) => new(ReportSummary.From(r), r.Modules);
}
