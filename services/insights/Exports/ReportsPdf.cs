using AdFlux.Insights.Analytics;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Exports.Pdf;

namespace AdFlux.Insights.Exports;

/// <summary>
/// Daily reports as a PDF: a chart of posts and comments analysed per report, a table of the reports,
/// then each report's Q1–Q10 with status, tokens, cost and their numbers.
/// </summary>
public static class ReportsPdf
{
    /// <summary>Numbers listed per question; the workbook holds them all.</summary>
    public const int NumbersPerModule = 12;

    public static void Write(IReadOnlyList<InsightReport> reports, ReportPeriod period, Guid? clientProfileId, DateTimeOffset generatedAt, Stream stream)
    {
        using var pdf = new PdfComposer("AdFlux daily reports");
        pdf.Title("AdFlux daily reports");
        pdf.Text($"Reports created {PdfNumbers.Of(period.From)} to {PdfNumbers.Of(period.To)}: {reports.Count}. " +
            $"Client profile: {clientProfileId?.ToString() ?? "all"}. Generated {PdfNumbers.Of(generatedAt)}.");
        if (reports.Count == 0)
        {
            pdf.Save(stream);
            return;
        }
        static double X(DateTimeOffset at) => at.ToUnixTimeSeconds() / 86400d;
        pdf.LineChart("Posts and comments analysed per report",
            [
                new ChartSeries("posts", [.. reports.Select(r => (X(r.CreatedAt), (double)r.PostsAnalyzed))]),
                new ChartSeries("comments", [.. reports.Select(r => (X(r.CreatedAt), (double)r.CommentsAnalyzed))]),
            ],
            x => PdfNumbers.Of(DateTimeOffset.FromUnixTimeSeconds((long)(x * 86400))));
        pdf.Table(["created", "posts", "comments", "tokens", "cost", "failed"],
            reports.Select(r => (IReadOnlyList<string>)
            [
                PdfNumbers.Of(r.CreatedAt), PdfNumbers.Of(r.PostsAnalyzed), PdfNumbers.Of(r.CommentsAnalyzed),
                PdfNumbers.Of(r.InputTokens + r.OutputTokens), $"{PdfNumbers.Of(r.Cost)} {r.Currency}".Trim(),
                string.Join(' ', r.Modules.Where(m => m.Status == ReportModule.Failed).Select(m => m.Id)),
            ]),
            [1.6, 0.7, 0.8, 0.8, 1, 1.4]);
        foreach (var report in reports)
        {
            pdf.Heading($"Report {report.Id} · {PdfNumbers.Of(report.CreatedAt)}");
            pdf.Text($"Client profile {report.ClientProfileId}; {report.PostsAnalyzed} posts and {report.CommentsAnalyzed} comments received " +
                $"after {(report.AnalyzedAfter is { } after ? PdfNumbers.Of(after) : "the start")} through {PdfNumbers.Of(report.AnalyzedThrough)}; " +
                $"readings by {report.ProviderName} {report.ProviderModel}{(report.ProviderIsSandbox ? " (sandbox)" : "")}.");
            pdf.Table(["module", "title", "status", "attempts", "tokens", "cost"],
                report.Modules.Select(m => (IReadOnlyList<string>)
                [
                    m.Id, m.Title, m.Status, PdfNumbers.Of(m.Attempts), PdfNumbers.Of(m.InputTokens + m.OutputTokens), PdfNumbers.Of(m.Cost),
                ]),
                [0.6, 3, 1, 0.7, 0.8, 0.8]);
            var numbers = report.Modules.SelectMany(m => ReportsExport.NumbersOf(m.Numbers, "").Take(NumbersPerModule)
                .Select(n => (IReadOnlyList<string>)[m.Id, n.Path, PdfNumbers.Of(n.Value)])).ToList();
            if (numbers.Count > 0)
            {
                pdf.Table(["module", "number", "value"], numbers, [0.6, 4, 1]);
            }
            foreach (var failed in report.Modules.Where(m => m.Error is not null))
            {
                pdf.Text($"{failed.Id} failed: {failed.Error}");
            }
        }
        pdf.Save(stream);
    }
}
