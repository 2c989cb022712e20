using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Web.Tests.Support;

namespace AdFlux.Web.Tests;

/// <summary>The admin console's approval queue over the creative studio's API: requests in review with brand, score, findings and previews; decisions.</summary>
[Collection(WebCollection.Name)]
public sealed class ApprovalQueueTests(WebSystem system)
{
    [Fact]
    public async Task An_admin_reads_the_queue_is_told_a_comment_is_missing_and_approves_a_request_out_of_it()
    {
        var seeded = system.StudioSeeded;
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var score = (double)(await admin.GetFromJsonAsync<JsonNode>($"/api/ads/studio/requests/{seeded.ScoredRequestId}"))!["complianceScore"]!;

        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/approvals");
        var scored = page.Locator($"li[data-request='{seeded.ScoredRequestId}']");
        await scored.WaitForAsync();
        Assert.Equal(score, double.Parse((await scored.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture));
        var text = await scored.InnerTextAsync();
        Assert.Contains(StudioSeed.ScoredTitle, text, StringComparison.Ordinal);
        Assert.Contains(WebSystem.ProfileName, text, StringComparison.Ordinal);
        Assert.Contains(StudioSeed.BrandName, text, StringComparison.Ordinal);
        Assert.Contains(score.ToString("P0", CultureInfo.GetCultureInfo("en-US")), await scored.Locator("[data-testid=compliance-score]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await scored.Locator(".findings li").CountAsync());
        // The preview reaches the browser through the web app, which fetched it with the session's token.
        var preview = scored.Locator("figure.asset img");
        await AdFlux.Testing.Eventually.WaitAsync(() => preview.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"), width => width > 0, TimeSpan.FromSeconds(10));
        Assert.Equal(360, await preview.EvaluateAsync<int>("img => img.naturalWidth"));
        Assert.StartsWith("/studio/assets/", await preview.GetAttributeAsync("src"), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-approvals");
        await Browsing.AssertAccessibleAsync(page);

        // A rejection needs a comment: the problem's title and the field's message beside the field, and the request stays.
        var bare = page.Locator($"li[data-request='{seeded.BareRequestId}']");
        await bare.Locator("input[data-decision=rejected]").CheckAsync();
        await bare.Locator("[data-testid=decide]").ClickAsync();
        await bare.Locator(".field-error[data-field=comment]").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await bare.Locator("[data-testid=problem] .problem-title").InnerTextAsync()));
        Assert.Equal("true", await bare.Locator("textarea").GetAttributeAsync("aria-invalid"));
        Assert.Equal("in_review", (string?)(await admin.GetFromJsonAsync<JsonNode>($"/api/ads/studio/requests/{seeded.BareRequestId}"))!["status"]);

        await scored.Locator("input[data-decision=approved]").CheckAsync();
        await scored.Locator("textarea").FillAsync("On brand, go ahead.");
        await scored.Locator("[data-testid=decide]").ClickAsync();
        await page.Locator("[data-testid=decided]").WaitForAsync();
        await scored.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        var approved = (await admin.GetFromJsonAsync<JsonNode>($"/api/ads/studio/requests/{seeded.ScoredRequestId}"))!;
        Assert.Equal("approved", (string?)approved["status"]);
        Assert.Equal("On brand, go ahead.", (string?)approved["decisions"]![0]!["comment"]);
        Assert.Equal(1, await bare.CountAsync());

        await page.GotoAsync("/culture?name=es&returnUrl=/admin/approvals");
        await page.Locator("h1", new() { HasText = "Cola de aprobación" }).WaitForAsync();
        Assert.Contains("Puntuación de cumplimiento", await page.Locator($"li[data-request='{seeded.BareRequestId}']").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.AssertFitsAPhoneAsync(page);
        await Browsing.ScreenshotAsync(page, "admin-approvals-phone-spanish");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_is_denied_the_sources_and_the_approval_queue_and_their_images()
    {
        var viewer = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        foreach (var path in new[] { "/admin/sources", "/admin/approvals", $"/studio/assets/{Guid.NewGuid()}/content" })
        {
            await viewer.GotoAsync(path);
            Assert.Contains("/denied", viewer.Url, StringComparison.Ordinal);
        }
        await viewer.Context.CloseAsync();
    }
}
