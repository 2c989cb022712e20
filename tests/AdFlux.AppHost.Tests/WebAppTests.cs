using AdFlux.AppHost.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// The web app as a person meets it in the system <c>dotnet run --project AppHost</c> starts: the
/// gateway's address in Debian's Chromium, the login page, the client view, a flow of this start's ledger.
/// The views themselves are tested in AdFlux.Web.Tests on a lighter in-process system.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebAppTests(RunningAppHost fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_gateway_address_serves_the_login_then_the_client_view_and_a_ledger_flow_to_the_bootstrapped_admin()
    {
        using var gateway = await fixture.HealthyGatewayAsync();
        var login = AdminLogin.LoadOrCreate(fixture.DataDirectory);
        await Prerequisites.EnsureAsync([Prerequisites.Chromium], output.WriteLine, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumExecutable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = gateway.BaseAddress!.ToString(), Locale = "en-US" });
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.FillAsync("#email", login.Email);
        await page.FillAsync("#password", login.Password);
        await page.ClickAsync("form.login-form button[type=submit]");
        await page.Locator("main[data-interactive=true]").WaitForAsync();
        Assert.Equal("Client view", (await page.Locator("h1").TextContentAsync())?.Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "Ledger" }).ClickAsync();
        // This start's events (identity's bootstrap, the sandbox's webhooks) reached the ledger through outboxes and the broker.
        await page.Locator("[data-testid=ledger-events] a[data-correlation]").First.ClickAsync();
        await page.Locator("[data-testid=trace] li.trace-step").First.WaitForAsync();
        var artifact = Path.Combine(AppContext.BaseDirectory, "artifacts", "web-app-ledger-trace.png");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = artifact, FullPage = true });
        output.WriteLine($"Web app's ledger trace: {artifact}");
    }
}
