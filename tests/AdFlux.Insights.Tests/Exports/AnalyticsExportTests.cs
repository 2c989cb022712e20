using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AdFlux.Testing.Auth;
using MiniExcelLibs;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>
/// The analytics export in each format, read back (CSV parsed, the workbook's cells, the PDF's text and
/// paths) and compared with what <c>/api/insights/analytics/comprehensive</c> answers for the same query.
/// </summary>
[Collection(InsightsCollection.Name)]
public sealed class AnalyticsExportTests(InsightsWorld world)
{
    private const string Comprehensive = $"/api/insights/analytics/comprehensive?{AnalyticsSeed.Range}";
    private const string Export = $"/api/insights/exports/analytics?{AnalyticsSeed.Range}";

    [Fact]
    public async Task The_csv_holds_every_figure_the_comprehensive_endpoint_returns_for_the_period()
    {
        var seed = await AnalyticsSeed.OnceAsync(world);
        using var client = world.Client(TestTokens.Admin(seed.Tenant));
        var data = (await InsightsWorld.GetJsonAsync(client, Comprehensive))["data"]!;

        var csv = await ExportDownload.GetAsync(client, Export + "&format=csv");

        Assert.Equal(("text/csv", "attachment", "adflux-analytics-2026-11-01-2026-11-07.csv"), (csv.MediaType, csv.Disposition, csv.FileName));
        var rows = Csv.Rows(csv.Text);
        Assert.Equal(["section", "platform", "metric", "date", "entity_type", "entity_id", "client_profile_id", "value", "text"], Csv.Parse(csv.Text)[0]);
        var platforms = data["metrics"]!["platforms"]!.AsObject();
        Assert.Equal(["meta-ads", "spotify", "youtube"], platforms.Select(p => p.Key).Order());
        foreach (var (platform, figures) in platforms)
        {
            foreach (var section in new[] { ("totals", "totals"), ("previous_totals", "previousTotals"), ("latest", "latest") })
            {
                var expected = figures![section.Item2]!.AsObject().ToDictionary(m => m.Key, m => (double)m.Value!);
                var exported = rows.Where(r => r["section"] == section.Item1 && r["platform"] == platform).ToDictionary(r => r["metric"], r => Number(r["value"]));
                Assert.Equal(expected, exported);
            }
            var rates = figures!["rates"]!.AsObject().Where(r => r.Value is not null)
                .ToDictionary(r => Snake(r.Key), r => (double)r.Value!);
            Assert.Equal(rates, rows.Where(r => r["section"] == "rates" && r["platform"] == platform).ToDictionary(r => r["metric"], r => Number(r["value"])));
            var daily = figures["daily"]!.AsArray()
                .SelectMany(d => d!["values"]!.AsObject().Select(v => ((string)d["date"]!, v.Key, (double)v.Value!))).Order().ToList();
            Assert.Equal(daily, rows.Where(r => r["section"] == "daily" && r["platform"] == platform).Select(r => (r["date"], r["metric"], Number(r["value"]))).Order().ToList());
            var top = figures["topEntities"]!.AsArray().Select(e => ((string)e!["entityId"]!, (string?)e["clientProfileId"] ?? "", (double)e["value"]!)).ToList();
            Assert.Equal(top, rows.Where(r => r["section"] == "top_entities" && r["platform"] == platform).Select(r => (r["entity_id"], r["client_profile_id"], Number(r["value"]))).ToList());
        }
        var youtube = platforms["youtube"]!;
        // The seeded week: 1000 + 1100 + … + 1600 = 9100 views on channel A and 7000 + 7500 on B.
        Assert.Equal(9100 + 14500, (double)youtube["totals"]!["views"]!);
        var changes = data["insights"]!["changes"]!.AsArray().Select(c => ((string)c!["platform"]!, (string)c["metric"]!, (double?)c["changePercent"])).ToList();
        Assert.Equal(changes, rows.Where(r => r["section"] == "changes").Select(r => (r["platform"], r["metric"], r["value"] == "" ? (double?)null : Number(r["value"]))).ToList());
        var forecasts = data["insights"]!["forecasts"]!.AsArray()
            .SelectMany(f => f!["points"]!.AsArray().Select(p => ((string)f["platform"]!, (string)p!["date"]!, (double)p["value"]!))).ToList();
        Assert.NotEmpty(forecasts);
        Assert.Equal(forecasts, rows.Where(r => r["section"] == "forecasts").Select(r => (r["platform"], r["date"], Number(r["value"]))).ToList());
        var codes = data["recommendations"]!["items"]!.AsArray().Select(i => (string)i!["code"]!).ToList();
        Assert.Equal(codes, rows.Where(r => r["section"] == "recommendations").Select(r => r["entity_id"]).ToList());
        Assert.Equal(data["insights"]!["correlation"]!["lags"]!.AsArray().Count, rows.Count(r => r["section"] == "correlation"));
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_section_with_numbers_as_numbers_and_days_as_dates()
    {
        var seed = await AnalyticsSeed.OnceAsync(world);
        using var client = world.Client(TestTokens.Admin(seed.Tenant));
        var platforms = (await InsightsWorld.GetJsonAsync(client, Comprehensive))["data"]!["metrics"]!["platforms"]!.AsObject();

        var xlsx = await ExportDownload.GetAsync(client, Export + "&format=xlsx&platforms=youtube,spotify,meta_ads");

        Assert.Equal(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "adflux-analytics-2026-11-01-2026-11-07.xlsx"), (xlsx.MediaType, xlsx.FileName));
        using var stream = new MemoryStream(xlsx.Body);
        Assert.Subset(stream.GetSheetNames().ToHashSet(), new HashSet<string> { "totals", "previous_totals", "latest", "rates", "daily", "top_entities", "changes", "forecasts" });
        var totals = Sheet(stream, "totals");
        foreach (var (platform, figures) in platforms)
        {
            foreach (var (metric, value) in figures!["totals"]!.AsObject())
            {
                var cell = totals.Single(r => (string)r["platform"]! == platform && (string)r["metric"]! == metric)["value"];
                Assert.Equal((double)value!, Assert.IsType<double>(cell));
            }
        }
        var daily = Sheet(stream, "daily");
        foreach (var day in platforms["spotify"]!["daily"]!.AsArray())
        {
            var date = DateTime.ParseExact((string)day!["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var row = daily.Single(r => (string)r["platform"]! == "spotify" && (string)r["metric"]! == "streams" && Assert.IsType<DateTime>(r["date"]) == date);
            Assert.Equal((double)day["values"]!["streams"]!, Assert.IsType<double>(row["value"]));
        }
    }

    [Fact]
    public async Task The_pdf_prints_the_endpoints_figures_and_draws_a_line_chart_per_platform_metric()
    {
        var seed = await AnalyticsSeed.OnceAsync(world);
        using var client = world.Client(TestTokens.Admin(seed.Tenant));
        var data = (await InsightsWorld.GetJsonAsync(client, Comprehensive))["data"]!;

        var pdf = await ExportDownload.GetAsync(client, Export + "&format=pdf");

        Assert.Equal(("application/pdf", "adflux-analytics-2026-11-01-2026-11-07.pdf"), (pdf.MediaType, pdf.FileName));
        var text = PdfText.Read(pdf.Body);
        foreach (var (platform, figures) in data["metrics"]!["platforms"]!.AsObject())
        {
            foreach (var (metric, value) in figures!["totals"]!.AsObject())
            {
                var line = text.LineStartingWith(platform, metric);
                Assert.Equal((double)value!, PdfText.Number(line[2]));
                if (figures["previousTotals"]![metric] is { } previous)
                {
                    Assert.Equal((double)previous, PdfText.Number(line[3]));
                }
            }
            if ((double?)figures["rates"]!["engagementRate"] is { } engagement)
            {
                Assert.Equal(engagement, PdfText.Number(text.LineStartingWith(platform, "engagement_rate")[2]), 4);
            }
            foreach (var metric in figures["daily"]!.AsArray().SelectMany(d => d!["values"]!.AsObject().Select(v => v.Key)).Distinct())
            {
                Assert.Contains($"{platform} · {metric} per day", text.AllText);
            }
        }
        // Seven days of each metric: a stroked path of six segments in the first series colour, per chart.
        var youtubeMetrics = data["metrics"]!["platforms"]!["youtube"]!["daily"]![0]!["values"]!.AsObject().Count;
        Assert.True(text.StrokedLineRuns.Count(r => r.Segments >= 6) >= youtubeMetrics, $"line charts missing: {text.StrokedLineRuns.Count} stroked paths");
        Assert.True(text.HasLine(6, 31, 119, 180), "no seven-day series line in the chart colour");
        var code = (string)data["recommendations"]!["items"]![0]!["code"]!;
        Assert.Contains(code, text.AllText);
    }

    [Fact]
    public async Task A_viewer_exports_only_its_client_profile_and_another_tenant_exports_none_of_this_ones()
    {
        var seed = await AnalyticsSeed.OnceAsync(world);
        using var admin = world.Client(TestTokens.Admin(seed.Tenant));
        using var viewer = world.Client(TestTokens.Viewer(seed.Tenant, null, seed.ProfileA));
        using var stranger = world.Client(TestTokens.Admin(Guid.NewGuid()));

        var all = (await ExportDownload.GetAsync(admin, Export + "&format=csv")).Text;
        var own = (await ExportDownload.GetAsync(viewer, Export + "&format=csv")).Text;
        var named = (await ExportDownload.GetAsync(viewer, Export + $"&format=csv&clientProfileId={seed.ProfileB}")).Text;
        var other = (await ExportDownload.GetAsync(stranger, Export + $"&format=csv&clientProfileId={seed.ProfileA}")).Text;

        Assert.Contains(seed.ChannelB, all);
        Assert.Contains(seed.ChannelA, own);
        Assert.DoesNotContain(seed.ChannelB, own);
        Assert.DoesNotContain(seed.ProfileB.ToString(), own);
        Assert.Single(Csv.Parse(named));
        Assert.Single(Csv.Parse(other));
        var viewerViews = Csv.Rows(own).Single(r => r["section"] == "totals" && r["platform"] == "youtube" && r["metric"] == "views");
        Assert.Equal(9100, Number(viewerViews["value"]));
    }

    [Theory]
    [InlineData("format=doc", "format")]
    [InlineData("format=", "format")]
    [InlineData("format=csv&from=2026-11-08&to=2026-11-01", "from")]
    [InlineData("format=csv&from=2024-01-01&to=2026-11-01", "to")]
    [InlineData("format=pdf&from=2026-02-30", "from")]
    [InlineData("format=xlsx&platforms=myspace", "platforms")]
    [InlineData("format=xlsx&platforms=youtube,not%20a%20platform", "platforms")]
    [InlineData("format=csv&clientProfileId=abc", "clientProfileId")]
    public async Task Bad_input_is_a_problem_naming_the_field(string query, string field)
    {
        using var client = world.Client(TestTokens.Viewer(Guid.NewGuid(), null, Guid.NewGuid()));

        using var response = await client.GetAsync($"/api/insights/exports/analytics?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    private static List<IDictionary<string, object?>> Sheet(MemoryStream stream, string name)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: name).Select(r => (IDictionary<string, object?>)r)];
    }

    private static double Number(string field) => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Snake(string camel) => string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
