using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests.Support;

/// <summary>What the browser tests do again and again: sign in, wait for the circuit, screenshot, run axe-core.</summary>
public static class Browsing
{
    /// <summary>Screenshots of each main view, kept as test artifacts under the test output folder.</summary>
    public static readonly string ArtifactsFolder = Path.Combine(AppContext.BaseDirectory, "artifacts", "web");

    public static async Task SignInAsync(IPage page, string email, string password, string path = "/")
    {
        await page.GotoAsync(path);
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.login-form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await WaitForCircuitAsync(page);
    }

    /// <summary>Pages are prerendered: their controls work once the circuit has taken over.</summary>
    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.Locator("main[data-interactive=true]").WaitForAsync();

    /// <summary>The client view once its figures are shown.</summary>
    public static async Task WaitForFiguresAsync(IPage page) =>
        await page.Locator("main[data-interactive=true] [data-testid=last-updated]").WaitForAsync();

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        var path = Path.Combine(ArtifactsFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 5_000, $"screenshot {name} too small to show anything");
    }

    /// <summary>
    /// Narrows the tab to a 390 px phone and waits (a few seconds at most) for the page to fit it: MudBlazor lays
    /// the page out again after the resize, and a page that stays wider fails, naming what sticks out.
    /// </summary>
    public static async Task AssertFitsAPhoneAsync(IPage page)
    {
        await page.SetViewportSizeAsync(390, 844);
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth - window.innerWidth <= 1", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            var wide = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.parentElement.closest('.table-scroll'))" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(' | ')");
            Assert.Fail($"{page.Url} is wider than a phone's screen: {wide}");
        }
    }

    /// <summary>axe-core (bundled by Deque.AxeCore.Playwright, injected into the page): no serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: " + string.Join("\n", bad.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
