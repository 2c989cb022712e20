using AdFlux.Contracts.Ads;
using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests;

/// <summary>The admin console's outbound webhooks over insights' API: register (secret shown once), the delivery log with status codes, replay.</summary>
[Collection(WebCollection.Name)]
public sealed class WebhooksTests(WebSystem system)
{
    [Fact]
    public async Task An_admin_registers_an_endpoint_reads_its_failed_delivery_and_replays_it_once_the_receiver_recovers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/webhooks");
        await page.Locator("[data-testid=webhooks]").WaitForAsync();

        // Refused input comes back as the problem's title and the field's message beside the field.
        await page.FillAsync("#webhook-url", "not a url");
        await page.Locator("form.webhook-form button[type=submit]").ClickAsync();
        await page.Locator(".field-error[data-field=url]").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-testid=problem] .problem-title").InnerTextAsync()));
        Assert.Equal("true", await page.GetAttributeAsync("#webhook-url", "aria-invalid"));

        await page.FillAsync("#webhook-url", receiver.Url.ToString());
        await page.GetByLabel(nameof(CampaignStatusChanged), new() { Exact = true }).CheckAsync();
        await page.Locator("form.webhook-form button[type=submit]").ClickAsync();
        var secret = await page.Locator("[data-testid=webhook-secret]").InnerTextAsync();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var endpoint = page.Locator("[data-testid=webhooks] tr", new() { HasText = receiver.Url.ToString() });
        await endpoint.WaitForAsync();
        await Browsing.ScreenshotAsync(page, "admin-webhook-registered");

        var changed = new CampaignStatusChanged(Guid.CreateVersion7(), system.TenantId, DateTimeOffset.UtcNow, system.CampaignId, system.ProfileId, "meta", "paused", 500_000);
        await system.PublishAndWaitAsync(new[] { changed });

        // Shown once: a fresh load lists the endpoint without its secret.
        await page.ReloadAsync();
        await Browsing.WaitForCircuitAsync(page);
        await endpoint.WaitForAsync();
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);

        await endpoint.Locator("[data-testid=show-deliveries]").ClickAsync();
        var delivery = page.Locator($"[data-testid=deliveries] tr[data-event='{changed.EventId}']");
        await RefreshUntilAsync(page, delivery, "500");
        Assert.Equal("pending", await delivery.GetAttributeAsync("data-status"));
        Assert.Contains(nameof(CampaignStatusChanged), await delivery.InnerTextAsync(), StringComparison.Ordinal);

        receiver.Status = 204;
        await delivery.Locator("[data-testid=replay]").ClickAsync();
        await RefreshUntilAsync(page, delivery, "500,204");
        Assert.Equal("succeeded", await delivery.GetAttributeAsync("data-status"));
        Assert.Contains("replay", await delivery.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=problem]").CountAsync());
        await Browsing.ScreenshotAsync(page, "admin-webhook-deliveries");
        await Browsing.AssertAccessibleAsync(page);

        await Browsing.AssertFitsAPhoneAsync(page);
        await page.Context.CloseAsync();

        var viewer = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await viewer.GotoAsync("/admin/webhooks");
        Assert.Contains("/denied", viewer.Url, StringComparison.Ordinal);
        await viewer.Context.CloseAsync();
    }

    /// <summary>Presses Refresh until the delivery's attempts show <paramref name="codes"/> (the worker sends within a poll or two).</summary>
    private static async Task RefreshUntilAsync(IPage page, ILocator delivery, string codes)
    {
        for (var i = 0; i < 50 && (await delivery.CountAsync() == 0 || await delivery.GetAttributeAsync("data-codes") != codes); i++)
        {
            await page.WaitForTimeoutAsync(200);
            await page.Locator("[data-testid=refresh-deliveries]").ClickAsync();
        }
        Assert.Equal(codes, await delivery.GetAttributeAsync("data-codes"));
    }
}
