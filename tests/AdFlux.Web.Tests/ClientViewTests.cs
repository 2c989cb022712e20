using System.Globalization;
using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace AdFlux.Web.Tests;

/// <summary>Seed 004 §4.1's client view, as a viewer limited to one client profile sees it.</summary>
[Collection(WebCollection.Name)]
public sealed class ClientViewTests(WebSystem system)
{
    [Fact]
    public async Task A_viewer_sees_only_its_client_profiles_figures_and_no_write_control()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);

        // Last 30 days (the default) end today; the figures end yesterday, so 29 of the profile's days are in.
        var expected = Enumerable.Range(0, 29).Sum(WebSystem.ViewsOf);
        Assert.Equal(expected, await TotalAsync(page, "youtube", "views"));
        Assert.Equal(WebSystem.ProfileName, await page.Locator("[data-testid=client-profile] strong").InnerTextAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(WebSystem.OtherProfileName, text, StringComparison.Ordinal);
        // Top entities: the profile's own channel, never the other profile's.
        Assert.Contains("UC-artist-one", await page.Locator("[data-platform=youtube] [data-testid=top-entities]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("UC-artist-two", text, StringComparison.Ordinal);
        Assert.Equal(["spotify", "youtube"], (await page.Locator("[data-platform]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.platform)")).Order());

        // Seed 004: no run-analysis, upload, manual entry or re-analysis for a viewer; nothing that writes at all.
        foreach (var forbidden in new[] { "analy", "upload", "manual", "create", "new ", "revoke", "import" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        }
        var buttons = await page.Locator("button").EvaluateAllAsync<string[]>("els => els.map(e => (e.getAttribute('aria-label') || e.textContent).trim())");
        Assert.All(buttons, label => Assert.Contains(label, new[] { "Menu", "Last 7 days", "Last 30 days", "All", "PDF report", "Excel workbook", "Log out" }));
        Assert.Equal(0, await page.Locator("input[type=file], textarea, input[type=text], input[type=number]").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Admin console" }).CountAsync());
        await Browsing.ScreenshotAsync(page, "client-view-viewer");
        await Browsing.AssertAccessibleAsync(page);

        await page.GotoAsync("/admin/users");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Changing_the_date_range_changes_the_charts_data()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);
        var youtube = page.Locator("[data-platform=youtube] figure.chart");
        Assert.Equal("29", await youtube.GetAttributeAsync("data-points"));

        await page.ClickAsync("[data-range=Last7Days]");
        await page.Locator("[data-platform=youtube] figure.chart[data-points='6']").WaitForAsync();
        Assert.Equal(Enumerable.Range(0, 6).Sum(WebSystem.ViewsOf), await TotalAsync(page, "youtube", "views"));
        Assert.Equal("true", await page.Locator("[data-range=Last7Days]").GetAttributeAsync("aria-pressed"));
        // One line per metric, drawn by the chart.
        Assert.True(await page.Locator("[data-platform=youtube] svg path").CountAsync() >= 2);

        await page.ClickAsync("[data-range=All]");
        await page.Locator($"[data-platform=youtube] figure.chart[data-points='{WebSystem.Days}']").WaitForAsync();
        Assert.Equal(Enumerable.Range(0, WebSystem.Days).Sum(WebSystem.ViewsOf), await TotalAsync(page, "youtube", "views"));
        await Browsing.ScreenshotAsync(page, "client-view-all");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Platform_filters_leave_platforms_out_and_the_last_updated_text_counts_hours()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Spotify" }).UncheckAsync();
        await page.Locator("[data-platform=spotify]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(1, await page.Locator("[data-platform=youtube]").CountAsync());

        // Figures end with yesterday: updated at midnight UTC, so as many hours ago as today has run.
        var hours = (int)(DateTime.UtcNow - DateTime.UtcNow.Date).TotalHours;
        var lastUpdated = page.Locator("[data-testid=last-updated]");
        var shown = int.Parse((await lastUpdated.GetAttributeAsync("data-hours"))!, CultureInfo.InvariantCulture);
        Assert.InRange(shown, hours - 1, hours);
        Assert.Contains($"Last updated: {shown} hours ago", await lastUpdated.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_client_view_fits_the_screen()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, width: 390, height: 844);
        await Browsing.WaitForFiguresAsync(page);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than the phone's screen");
        await Browsing.ScreenshotAsync(page, "client-view-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_exports_the_period_and_platforms_shown_as_a_pdf_and_a_workbook_holding_the_same_figures()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);
        await page.ClickAsync("[data-range=Last7Days]");
        await page.Locator("[data-platform=youtube] figure.chart[data-points='6']").WaitForAsync();
        var views = await TotalAsync(page, "youtube", "views");
        var streams = await TotalAsync(page, "spotify", "streams");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var name = $"adflux-analytics-{today.AddDays(-6):yyyy-MM-dd}-{today:yyyy-MM-dd}";

        var pdf = await DownloadAsync(page, "pdf");
        Assert.Equal(name + ".pdf", pdf.Name);
        // The first line a platform's metric starts is its row in the totals table (total, previous, change, latest).
        var lines = PdfLines(pdf.Content);
        Assert.Equal(views, PdfNumber(lines.First(l => l.Length > 2 && l[0] == "youtube" && l[1] == "views")[2]));
        Assert.Equal(streams, PdfNumber(lines.First(l => l.Length > 2 && l[0] == "spotify" && l[1] == "streams")[2]));
        Assert.DoesNotContain(lines, l => l.Contains("UC-artist-two"));

        // Spotify left out on the page: left out of the workbook too.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Spotify" }).UncheckAsync();
        await page.Locator("[data-platform=spotify]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var xlsx = await DownloadAsync(page, "xlsx");
        Assert.Equal(name + ".xlsx", xlsx.Name);
        using var workbook = new MemoryStream(xlsx.Content);
        var totals = workbook.Query(useHeaderRow: true, sheetName: "totals").Select(r => (IDictionary<string, object?>)r).ToList();
        Assert.Equal(views, Assert.IsType<double>(totals.Single(r => (string)r["platform"]! == "youtube" && (string)r["metric"]! == "views")["value"]));
        Assert.Equal(["youtube"], totals.Select(r => (string)r["platform"]!).Distinct());
        Assert.Equal(0, await page.Locator("[data-testid=problem]").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-export={format}]"));
        return (download.SuggestedFilename, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    /// <summary>The PDF's words, a line per baseline, left to right.</summary>
    private static List<string[]> PdfLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(line => line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToArray()))];
    }

    private static double PdfNumber(string word) => double.Parse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static async Task<double> TotalAsync(IPage page, string platform, string metric) =>
        double.Parse((await page.Locator($"[data-platform={platform}] [data-metric={metric}]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
}
