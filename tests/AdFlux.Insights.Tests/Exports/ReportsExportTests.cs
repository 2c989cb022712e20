using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Insights.Api;
using AdFlux.Insights.Caching;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Exports;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>
/// The daily-reports export over two reports the service's worker wrote: each format read back and
/// compared with <c>/api/insights/reports/{id}</c>.
/// </summary>
[Collection(InsightsCollection.Name)]
public sealed class ReportsExportTests(InsightsWorld world)
{
    private static Task<(Guid Tenant, Guid Profile, List<JsonNode> Reports)>? _seeded;

    [Fact]
    public async Task The_csv_has_a_row_per_report_and_question_with_the_reports_numbers()
    {
        var (tenant, profile, reports) = await SeedOnceAsync();
        using var client = world.Client(TestTokens.Admin(tenant));

        var csv = await ExportDownload.GetAsync(client, Path(profile, "csv"));

        Assert.Equal("text/csv", csv.MediaType);
        Assert.Matches(@"^adflux-reports-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$", csv.FileName);
        var rows = Csv.Rows(csv.Text);
        Assert.Equal(reports.Count * 10, rows.Count);
        foreach (var report in reports)
        {
            var id = (string)report["summary"]!["id"]!;
            var own = rows.Where(r => r["report_id"] == id).ToList();
            Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"], own.Select(r => r["module"]));
            Assert.All(own, r => Assert.Equal((int)report["summary"]!["postsAnalyzed"]!, int.Parse(r["posts_analyzed"], CultureInfo.InvariantCulture)));
            foreach (var module in report["modules"]!.AsArray())
            {
                var row = own.Single(r => r["module"] == (string)module!["id"]!);
                Assert.Equal((string)module!["status"]!, row["status"]);
                Assert.Equal((long)module["inputTokens"]!, long.Parse(row["input_tokens"], CultureInfo.InvariantCulture));
                Assert.True(JsonNode.DeepEquals(module["numbers"], JsonNode.Parse(row["numbers"])), $"{row["module"]}: {row["numbers"]}");
            }
        }
    }

    [Fact]
    public async Task The_workbook_holds_reports_modules_and_every_number_with_dates_as_dates()
    {
        var (tenant, profile, reports) = await SeedOnceAsync();
        using var client = world.Client(TestTokens.Admin(tenant));

        var xlsx = await ExportDownload.GetAsync(client, Path(profile, "xlsx"));

        using var stream = new MemoryStream(xlsx.Body);
        Assert.Equal(["reports", "modules", "numbers"], stream.GetSheetNames());
        stream.Position = 0;
        var sheet = stream.Query(useHeaderRow: true, sheetName: "reports").Select(r => (IDictionary<string, object?>)r).ToList();
        stream.Position = 0;
        var numbers = stream.Query(useHeaderRow: true, sheetName: "numbers").Select(r => (IDictionary<string, object?>)r).ToList();
        foreach (var report in reports)
        {
            var summary = report["summary"]!;
            var id = (string)summary["id"]!;
            var row = sheet.Single(r => (string)r["report_id"]! == id);
            Assert.Equal((double)(int)summary["postsAnalyzed"]!, Assert.IsType<double>(row["posts_analyzed"]));
            Assert.Equal((double)(int)summary["commentsAnalyzed"]!, Assert.IsType<double>(row["comments_analyzed"]));
            var created = DateTimeOffset.Parse((string)summary["createdAt"]!, CultureInfo.InvariantCulture).UtcDateTime;
            Assert.True(Math.Abs((Assert.IsType<DateTime>(row["created_at"]) - created).TotalSeconds) < 1, $"{row["created_at"]} is not {created:O}");
            var expected = report["modules"]!.AsArray().SelectMany(m => Leaves(m!["numbers"], "").Select(n => ((string)m["id"]!, n.Path, n.Value))).ToList();
            Assert.NotEmpty(expected);
            var exported = numbers.Where(n => (string)n["report_id"]! == id)
                .Select(n => ((string)n["module"]!, (string)n["path"]!, Assert.IsType<double>(n["value"]))).ToList();
            Assert.Equal(expected, exported);
        }
    }

    [Fact]
    public async Task The_pdf_lists_each_report_and_its_questions_and_charts_posts_and_comments_over_the_reports()
    {
        var (tenant, profile, reports) = await SeedOnceAsync();
        using var client = world.Client(TestTokens.Admin(tenant));

        var pdf = await ExportDownload.GetAsync(client, Path(profile, "pdf"));

        Assert.Equal("application/pdf", pdf.MediaType);
        var text = PdfText.Read(pdf.Body);
        foreach (var report in reports)
        {
            Assert.Contains((string)report["summary"]!["id"]!, text.AllText);
        }
        Assert.Contains("Posts and comments analysed per report", text.AllText);
        // Two reports: one segment per series, in the first and second series colours.
        Assert.True(text.HasLine(1, 31, 119, 180) && text.HasLine(1, 255, 127, 14), "the posts and comments lines are missing");
        var q1 = text.Lines.Where(l => l.Count > 0 && l[0] == "Q1" && l.Contains("sentiment")).ToList();
        Assert.Equal(reports.Count, q1.Count);
        Assert.All(q1, l => Assert.Contains("succeeded", l));
        var posts = reports.Select(r => (double)(int)r["summary"]!["postsAnalyzed"]!).ToList();
        // The table of reports: "yyyy-MM-dd HH:mm UTC", then posts and comments (the chart's x labels start alike, then its legend).
        var table = text.Lines.Where(l => l.Count >= 5 && DateOnly.TryParseExact(l[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && l[2] == "UTC" && l[3] != "posts").ToList();
        Assert.Equal(posts, table.Select(l => PdfText.Number(l[3])).ToList());
        Assert.Equal(reports.Select(r => (double)(int)r["summary"]!["commentsAnalyzed"]!), table.Select(l => PdfText.Number(l[4])));
    }

    [Fact]
    public async Task A_period_holding_more_reports_than_an_export_may_is_refused_naming_from()
    {
        var (tenant, profile, _) = await SeedOnceAsync();
        await using var db = world.Db(tenant);
        var request = new InsightsRequest(db, new FixedTenantContext(tenant), new System.Security.Claims.ClaimsPrincipal(), TimeProvider.System, CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var query = new ExportReportsQuery("csv", $"{today.AddDays(-1):yyyy-MM-dd}", $"{today.AddDays(1):yyyy-MM-dd}", profile.ToString());

        var refused = await ExportsApi.ReportsAsync(query, request, Options.Create(new ExportOptions { MaxReports = 1 }), Options.Create(new AnalyticsOptions()));
        var allowed = await ExportsApi.ReportsAsync(query, request, Options.Create(new ExportOptions { MaxReports = 2 }), Options.Create(new AnalyticsOptions()));

        Assert.Contains("from", Assert.IsType<ValidationProblem>(refused.Result).ProblemDetails.Errors.Keys);
        Assert.IsType<PushStreamHttpResult>(allowed.Result);
    }

    [Theory]
    [InlineData("format=docx", "format")]
    [InlineData("format=csv&from=2026-11-08&to=2026-11-01", "from")]
    [InlineData("format=xlsx&from=2024-01-01&to=2026-11-01", "to")]
    [InlineData("format=pdf&to=11/07/2026", "to")]
    [InlineData("format=csv&clientProfileId=00000000-0000-0000-0000-000000000000", "clientProfileId")]
    public async Task Bad_input_is_a_problem_naming_the_field(string query, string field)
    {
        using var client = world.Client(TestTokens.Viewer(Guid.NewGuid(), null, Guid.NewGuid()));

        using var response = await client.GetAsync($"/api/insights/exports/reports?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    private static string Path(Guid? profile, string format)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return $"/api/insights/exports/reports?format={format}&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"
            + (profile is { } p ? $"&clientProfileId={p}" : "");
    }

    private Task<(Guid, Guid, List<JsonNode>)> SeedOnceAsync() => _seeded ??= SeedAsync();

    /// <summary>Two runs of a client profile's report, posts arriving before each, run by the service's worker.</summary>
    private async Task<(Guid, Guid, List<JsonNode>)> SeedAsync()
    {
        var (tenant, profile) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = world.Db(tenant))
        {
            var schedule = Reports.DueSchedule(tenant, profile);
            schedule.NextRunAt = ReportSchedule.Never;
            db.ReportSchedules.Add(schedule);
            await db.SaveChangesAsync();
        }
        using var client = world.Client(TestTokens.Admin(tenant));
        for (var run = 1; run <= 2; run++)
        {
            var posts = Enumerable.Range(1, run).Select(i => Social.Post($"https://instagram.com/p/export-{run}-{i}", likes: 100 * i)).ToList();
            var pull = Social.Posts(tenant, profile, posts,
                [Social.Comment(posts[0].PostUrl, $"Run {run}: amazing #tour", minute: run), Social.Comment(posts[0].PostUrl, "me encanta, ¿cuándo en Madrid?", "ana", run + 1)]);
            await world.PublishAsync(pull);
            await world.HandledAsync(pull);
            using var accepted = await client.PostAsync($"/api/insights/reports/schedules/{profile}/run", null);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            var asked = (await accepted.Content.ReadFromJsonAsync<ReportScheduleResponse>())!;
            await Eventually.WaitAsync(
                async () => (await client.GetFromJsonAsync<List<ReportScheduleResponse>>("/api/insights/reports/schedules"))!.Single(s => s.ClientProfileId == profile),
                s => s.LastRunAt is { } ran && ran >= asked.NextRunAt, TimeSpan.FromMinutes(1));
        }
        var summaries = (await client.GetFromJsonAsync<List<ReportSummary>>($"/api/insights/reports?clientProfileId={profile}"))!;
        Assert.Equal(2, summaries.Count);
        var reports = new List<JsonNode>();
        foreach (var summary in summaries.OrderBy(s => s.CreatedAt))
        {
            reports.Add(await InsightsWorld.GetJsonAsync(client, $"/api/insights/reports/{summary.Id}"));
        }
        return (tenant, profile, reports);
    }

    private static IEnumerable<(string Path, double Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray a => a.SelectMany((child, i) => Leaves(child, $"{path}[{i}]")),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => [(path, (double)v)],
        _ => [],
    };
}
