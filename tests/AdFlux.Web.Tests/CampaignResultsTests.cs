using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Web.Tests.Support;

namespace AdFlux.Web.Tests;

/// <summary>Campaign results from ads in the client view: a viewer reads its profile's campaigns, their KPIs and A/B test, and nothing it could change.</summary>
[Collection(WebCollection.Name)]
public sealed class CampaignResultsTests(WebSystem system)
{
    [Fact]
    public async Task A_viewer_sees_its_profiles_campaigns_with_the_reports_spend_ctr_and_roas_in_both_languages_and_on_a_phone()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var report = (await admin.GetFromJsonAsync<JsonNode>(
            $"/api/ads/campaigns/{system.CampaignId}/report?from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}"))!["totals"]!;
        var abTest = (await admin.GetFromJsonAsync<JsonArray>($"/api/ads/campaigns/{system.CampaignId}/ab-tests"))!.Single()!;

        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/campaigns");
        var row = page.Locator($"[data-campaign='{system.CampaignId}']");
        await row.WaitForAsync();
        Assert.Equal("active", await row.GetAttributeAsync("data-status"));
        Assert.Equal((long)report["spendMinor"]!, long.Parse((await row.GetAttributeAsync("data-spend-minor"))!, CultureInfo.InvariantCulture));
        Assert.Equal((double)report["ctr"]!, double.Parse((await row.GetAttributeAsync("data-ctr"))!, CultureInfo.InvariantCulture));
        Assert.Equal((double)report["roas"]!, double.Parse((await row.GetAttributeAsync("data-roas"))!, CultureInfo.InvariantCulture));
        var spend = ((long)report["spendMinor"]! / 100m).ToString("N2", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains($"{spend} USD", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Active", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("running", await row.GetAttributeAsync("data-ab-status"));
        var planned = ((long)abTest["plannedSamplePerArm"]!).ToString("N0", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains($"Running: {planned} per ad planned", await row.InnerTextAsync(), StringComparison.Ordinal);

        var draft = page.Locator("tr", new() { HasText = AdsSeed.DraftName });
        Assert.Equal("draft", await draft.GetAttributeAsync("data-status"));
        Assert.Contains("No figures until it is published.", await draft.InnerTextAsync(), StringComparison.Ordinal);
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(AdsSeed.OtherCampaignName, text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main button, main input, main select").CountAsync());
        await Browsing.ScreenshotAsync(page, "campaigns-viewer");
        await Browsing.AssertAccessibleAsync(page);

        await page.GotoAsync("/culture?name=es&returnUrl=/campaigns");
        await page.Locator("h1", new() { HasText = "Resultados de campañas" }).WaitForAsync();
        Assert.Contains("Activa", await page.Locator($"[data-campaign='{system.CampaignId}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("En curso:", await page.Locator($"[data-campaign='{system.CampaignId}']").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.AssertFitsAPhoneAsync(page);
        await Browsing.ScreenshotAsync(page, "campaigns-phone-spanish");
        await page.Context.CloseAsync();
    }
}
