using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests;

/// <summary>The admin console over identity's and the ledger's APIs, through the gateway.</summary>
[Collection(WebCollection.Name)]
public sealed class AdminConsoleTests(WebSystem system)
{
    [Fact]
    public async Task An_admin_sees_the_console_with_every_client_profile_and_user()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        await Browsing.WaitForFiguresAsync(page);
        await Browsing.ScreenshotAsync(page, "client-view-admin");
        // An admin's client view spans both profiles: the other profile's views are in the total.
        var both = Enumerable.Range(0, 29).Sum(d => WebSystem.ViewsOf(d) + WebSystem.OtherViewsOf(d));
        Assert.Equal(both.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.Locator("[data-platform=youtube] [data-metric=views]").GetAttributeAsync("data-value"));

        Assert.Contains("UC-artist-two", await page.Locator("[data-platform=youtube] [data-testid=top-entities]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Client profiles" }).ClickAsync();
        var profiles = page.Locator("[data-testid=client-profiles]");
        await profiles.GetByText(WebSystem.OtherProfileName).WaitForAsync();
        Assert.Contains(WebSystem.ProfileName, await profiles.InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-client-profiles");
        await Browsing.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Users and roles" }).ClickAsync();
        var users = page.Locator("[data-testid=users]");
        await users.GetByText(WebSystem.ViewerEmail).WaitForAsync();
        var viewerRow = users.Locator("tr", new() { HasText = WebSystem.ViewerEmail });
        Assert.Contains("viewer", await viewerRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(WebSystem.ProfileName, await viewerRow.InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-users");
        await Browsing.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_api_key_is_shown_once_and_listed_without_its_secret()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/api-keys");
        await page.Locator("[data-testid=api-keys]").WaitForAsync();
        var name = $"n8n {Guid.NewGuid():N}"[..16];

        await page.FillAsync("#key-name", name);
        await page.Locator("form.admin-form button[type=submit]").ClickAsync();
        var created = page.Locator("[data-testid=created-key]");
        await created.WaitForAsync();
        var key = await created.InnerTextAsync();
        await page.Locator("[data-testid=api-keys]").GetByText(name).WaitForAsync();
        await Browsing.ScreenshotAsync(page, "admin-api-key-created");

        // The key works at the gateway, and it is never shown again.
        using var machine = new HttpClient { BaseAddress = system.GatewayUrl };
        machine.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var me = await machine.GetAsync("/api/identity/users/me");
        Assert.True(me.IsSuccessStatusCode, $"the shown key was refused: {(int)me.StatusCode}");
        await page.ReloadAsync();
        await Browsing.WaitForCircuitAsync(page);
        await page.Locator("[data-testid=api-keys]").GetByText(name).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=created-key]").CountAsync());
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_api_error_is_shown_as_its_problem_title_and_field_errors()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/client-profiles");
        await page.Locator("[data-testid=client-profiles]").WaitForAsync();

        await page.Locator("form.admin-form button[type=submit]").ClickAsync();
        var problem = page.Locator("[data-testid=problem]");
        await problem.WaitForAsync();
        var text = await problem.InnerTextAsync();
        Assert.Contains("The request is not valid.", text, StringComparison.Ordinal);
        Assert.Contains("name: Name is required.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("400", text, StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-problem");

        await page.FillAsync("#profile-name", WebSystem.ProfileName);
        await page.Locator("form.admin-form button[type=submit]").ClickAsync();
        await problem.GetByText("Name taken").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_ledger_view_lists_recent_events_and_verifies_the_chain()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/ledger");
        var events = page.Locator("[data-testid=ledger-events]");
        await events.WaitForAsync();
        // The seed's metric events, recorded by the ledger from the broker, are the newest.
        await events.GetByText("PlatformMetricsReceived").First.WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        var verification = page.Locator("[data-testid=verification]");
        await verification.WaitForAsync();
        Assert.Equal("true", await verification.GetAttributeAsync("data-ok"));
        await Browsing.ScreenshotAsync(page, "admin-ledger");
        await Browsing.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
