using AdFlux.Insights.Analytics;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Exports;
using AdFlux.Insights.Exports.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Api;

/// <summary>
/// Exports (seed 004): the comprehensive analytics and the daily reports of a period as CSV, an Excel
/// workbook or a PDF with charts. Reads for any caller of the tenant; a viewer gets only its client profiles.
/// </summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/exports").WithTags("Exports").RequireAuthorization();
        group.MapGet("/analytics", AnalyticsAsync)
            .WithName("ExportAnalytics").WithSummary("The comprehensive analytics of a period as CSV, Excel or PDF with a chart per platform metric")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ExportFormat.Csv.ContentType, ExportFormat.Xlsx.ContentType, ExportFormat.Pdf.ContentType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/reports", ReportsAsync)
            .WithName("ExportInsightReports").WithSummary("The daily Q1–Q10 reports created in a period as CSV, Excel or PDF")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ExportFormat.Csv.ContentType, ExportFormat.Xlsx.ContentType, ExportFormat.Pdf.ContentType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> AnalyticsAsync(
        [AsParameters] ExportAnalyticsQuery query, [AsParameters] AnalyticsRequest request, IOptions<ExportOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        var format = ExportQueryParser.Format(query.Format, errors);
        var tenantPlatforms = await TenantPlatformsAsync(query, request);
        var today = DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var filter = ExportQueryParser.Analytics(query, today, request.Options.Value.DefaultDays, options.Value.MaxDays, tenantPlatforms, errors);
        if (format is null || filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (format == ExportFormat.Pdf && DejaVuFonts.Missing() is { } missing)
        {
            return FontsMissing(missing);
        }
        var (data, _) = await AnalyticsApi.ComposeAsync(AnalyticsApi.ComprehensiveView, filter, request);
        var generatedAt = request.Clock.GetUtcNow();
        var table = AnalyticsExport.Table(data);
        return Download(format, ExportFile.NameOf(AnalyticsExport.Name, filter.Period.From, filter.Period.To, format),
            csv: (stream, ct) => CsvExport.WriteAsync(table, stream, ct),
            xlsx: (stream, ct) => XlsxExport.WriteAsync(AnalyticsExport.SectionTables(table), stream, ct),
            pdf: stream => AnalyticsPdf.Write(data, filter, generatedAt, stream));
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ReportsAsync(
        [AsParameters] ExportReportsQuery query, [AsParameters] InsightsRequest request, IOptions<ExportOptions> options, IOptions<Caching.AnalyticsOptions> analytics)
    {
        var errors = new Dictionary<string, string[]>();
        var format = ExportQueryParser.Format(query.Format, errors);
        var today = DateOnly.FromDateTime(request.Clock.GetUtcNow().UtcDateTime);
        var filter = ExportQueryParser.Reports(query, today, analytics.Value.DefaultDays, options.Value.MaxDays, errors);
        if (format is null || filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (format == ExportFormat.Pdf && DejaVuFonts.Missing() is { } missing)
        {
            return FontsMissing(missing);
        }
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var rows = request.Db.Reports.AsNoTracking().Where(r => r.CreatedAt >= start && r.CreatedAt < end);
        if (filter.ClientProfileId is { } clientProfileId)
        {
            rows = rows.Where(r => r.ClientProfileId == clientProfileId);
        }
        var max = options.Value.MaxReports;
        var reports = await rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(max + 1).ToListAsync(request.CancellationToken);
        if (reports.Count > max)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["from"] = [$"More than {max} reports were created in this period; narrow from and to, or name a clientProfileId."],
            });
        }
        var generatedAt = request.Clock.GetUtcNow();
        return Download(format, ExportFile.NameOf(ReportsExport.Name, filter.Period.From, filter.Period.To, format),
            csv: (stream, ct) => CsvExport.WriteAsync(ReportsExport.Modules(reports), stream, ct),
            xlsx: (stream, ct) => XlsxExport.WriteAsync([ReportsExport.Reports(reports), ReportsExport.Modules(reports), ReportsExport.Numbers(reports)], stream, ct),
            pdf: stream => ReportsPdf.Write(reports, filter.Period, filter.ClientProfileId, generatedAt, stream));
    }

    /// <summary>
    /// CSV goes straight to the response; a workbook and a PDF are zip and cross-reference structures
    /// built whole in memory (bounded by the export limits) and then sent.
    /// </summary>
    private static PushStreamHttpResult Download(
        ExportFormat format, string fileName, Func<Stream, CancellationToken, Task> csv, Func<Stream, CancellationToken, Task> xlsx, Action<Stream> pdf) =>
        TypedResults.Stream(async body =>
        {
            if (format == ExportFormat.Csv)
            {
                await csv(body, CancellationToken.None);
                return;
            }
            using var buffer = new MemoryStream();
            if (format == ExportFormat.Xlsx)
            {
                await xlsx(buffer, CancellationToken.None);
            }
            else
            {
                pdf(buffer);
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(body);
        }, format.ContentType, fileName);

    private static async Task<IReadOnlySet<string>> TenantPlatformsAsync(ExportAnalyticsQuery query, AnalyticsRequest request)
    {
        if (string.IsNullOrWhiteSpace(query.Platforms))
        {
            return new HashSet<string>();
        }
        var platforms = await request.Db.Rollups.AsNoTracking().Where(r => r.Granularity == Granularity.Week)
            .Select(r => r.Platform).Distinct().ToListAsync(request.CancellationToken);
        return platforms.ToHashSet(StringComparer.Ordinal);
    }

    private static ProblemHttpResult FontsMissing(string missing) =>
        TypedResults.Problem(missing, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF fonts not installed");
}
