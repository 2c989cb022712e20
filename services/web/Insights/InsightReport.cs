namespace AdFlux.Web.Insights;

/// <summary>Insights' <c>GET /api/insights/reports/{id}</c>: the summary and Q1–Q10.</summary>
public sealed record InsightReport(ReportSummary Summary, IReadOnlyList<ReportModule> Modules);
