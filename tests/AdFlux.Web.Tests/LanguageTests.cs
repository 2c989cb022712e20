using AdFlux.Web.Tests.Support;

namespace AdFlux.Web.Tests;

/// <summary>Spanish and English: chosen from the browser's language, switchable on every page.</summary>
[Collection(WebCollection.Name)]
public sealed class LanguageTests(WebSystem system)
{
    [Fact]
    public async Task A_spanish_browser_gets_spanish_and_can_switch_to_english()
    {
        var page = await system.NewPageAsync(locale: "es-ES");
        await page.GotoAsync("/login");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Iniciar sesión", (await page.Locator("form.login-form button[type=submit]").TextContentAsync())?.Trim());

        await Browsing.SignInAsync(page, WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);
        Assert.Equal("Vista de cliente", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Contains("Última actualización: hace", await page.Locator("[data-testid=last-updated]").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "client-view-spanish");
        await Browsing.AssertAccessibleAsync(page);

        await page.ClickAsync("a[lang=en]");
        await page.Locator("h1", new() { HasText = "Client view" }).WaitForAsync();
        await Browsing.WaitForFiguresAsync(page);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Last updated:", await page.Locator("[data-testid=last-updated]").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_client_view_can_be_used_with_the_keyboard_alone()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);

        // Tab from the top of the page to the "Last 7 days" button and press Enter.
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 30 && await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.range") != "Last7Days"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("Last7Days", await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.range"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-platform=youtube] figure.chart[data-points='6']").WaitForAsync();
        await page.Context.CloseAsync();
    }
}
