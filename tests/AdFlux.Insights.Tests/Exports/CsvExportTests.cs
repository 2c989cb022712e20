using AdFlux.Insights.Analytics;
using AdFlux.Insights.Api;
using AdFlux.Insights.Exports;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>The writers alone, without a service: RFC 4180 quoting and a PDF built from an answer with no figures.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public async Task Fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged()
    {
        var awkward = "say \"hola\", then\r\nleave";
        var table = new ExportTable("t", ["text", "value", "day"], [[awkward, 1234.5678, new DateOnly(2026, 11, 1)], [null, -0.25, null]]);
        using var stream = new MemoryStream();

        await CsvExport.WriteAsync(table, stream, CancellationToken.None);

        var records = Csv.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal([["text", "value", "day"], [awkward, "1234.5678", "2026-11-01"], ["", "-0.25", ""]], records);
    }

    [Fact]
    public void A_pdf_of_a_period_without_figures_says_so()
    {
        var period = new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7));
        var data = new AnalyticsData(
            new AnalyticsMetrics(new PeriodResponse(period.From, period.To, 7), new PeriodResponse(period.Previous.From, period.Previous.To, 7), new Dictionary<string, PlatformMetrics>(), []),
            new AnalyticsInsights([], null, null, []), new AnalyticsRecommendations([]));
        using var stream = new MemoryStream();

        AnalyticsPdf.Write(data, new AnalyticsFilter(period, null, null), DateTimeOffset.UtcNow, stream);

        Assert.Contains("No figures in this period.", PdfText.Read(stream.ToArray()).AllText);
    }
}
