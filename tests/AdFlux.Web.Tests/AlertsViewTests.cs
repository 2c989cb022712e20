using AdFlux.Contracts.Ads;
using AdFlux.Web.Tests.Support;

namespace AdFlux.Web.Tests;

/// <summary>The alerts insights raised, in the browser: a viewer reads its client profile's, an admin marks one as seen.</summary>
[Collection(WebCollection.Name)]
public sealed class AlertsViewTests(WebSystem system)
{
    [Fact]
    public async Task A_viewer_reads_its_profiles_alerts_without_a_control_and_an_admin_marks_one_seen()
    {
        var campaign = Guid.NewGuid();
        var otherCampaign = Guid.NewGuid();
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        await system.PublishAndWaitAsync(new[]
        {
            new BudgetThresholdReached(Guid.CreateVersion7(), system.TenantId, DateTimeOffset.UtcNow, campaign, system.ProfileId, "meta", "daily", today, 100, 51_000, 50_000, 60_000, "USD"),
            new BudgetThresholdReached(Guid.CreateVersion7(), system.TenantId, DateTimeOffset.UtcNow, otherCampaign, system.OtherProfileId, "meta", "daily", today, 80, 40_000, 50_000, 45_000, "USD"),
        });

        var viewer = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/alerts");
        var list = viewer.Locator("[data-testid=alerts]");
        await list.GetByText(campaign.ToString(), new() { Exact = false }).WaitForAsync();
        Assert.Equal("Alerts", (await viewer.Locator("h1").TextContentAsync())?.Trim());
        Assert.DoesNotContain(otherCampaign.ToString(), await viewer.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("critical", await list.Locator($"li.comment:has-text('{campaign}')").GetAttributeAsync("data-severity"));
        Assert.Equal(0, await viewer.Locator("[data-testid=acknowledge]").CountAsync());
        await Browsing.ScreenshotAsync(viewer, "alerts-viewer");
        await Browsing.AssertAccessibleAsync(viewer);
        await viewer.Context.CloseAsync();

        var admin = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/alerts");
        var mine = admin.Locator($"[data-testid=alerts] li.comment:has-text('{campaign}')");
        await mine.WaitForAsync();
        await mine.Locator("[data-testid=acknowledge]").ClickAsync();
        // Seen alerts leave the open list, and show under "Seen" with when.
        await mine.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await admin.SelectOptionAsync("#alerts-state", "acknowledged");
        await mine.WaitForAsync();
        Assert.Contains("seen", await mine.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await mine.Locator("[data-testid=acknowledge]").CountAsync());
        await Browsing.ScreenshotAsync(admin, "alerts-admin-seen");
        await admin.Context.CloseAsync();
    }
}
