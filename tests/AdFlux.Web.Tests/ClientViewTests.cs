using System.Globalization;
using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;

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
        Assert.All(buttons, label => Assert.Contains(label, new[] { "Menu", "Last 7 days", "Last 30 days", "All", "Log out" }));
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

    private static async Task<double> TotalAsync(IPage page, string platform, string metric) =>
        double.Parse((await page.Locator($"[data-platform={platform}] [data-metric={metric}]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
}
