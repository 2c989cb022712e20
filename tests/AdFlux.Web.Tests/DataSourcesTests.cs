using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Web.Tests.Support;

namespace AdFlux.Web.Tests;

/// <summary>The admin console's data sources over ingest's API: each source's health, the delivery log with a delivery's payload, pull schedules, secret rotation (shown once).</summary>
[Collection(WebCollection.Name)]
public sealed class DataSourcesTests(WebSystem system)
{
    [Fact]
    public async Task An_admin_sees_the_sources_health_the_delivery_and_the_schedule_and_a_rotated_secret_once()
    {
        var seeded = system.IngestSeeded;
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var health = (await admin.GetFromJsonAsync<JsonArray>("/api/ingest/sources"))!.Single(s => (string?)s!["source"] == "youtube-metrics")!;
        Assert.Equal(1, (int)health["deliveriesLast24Hours"]!);

        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/sources");
        var source = page.Locator("[data-testid=sources] tr[data-source='youtube-metrics']");
        await source.WaitForAsync();
        Assert.Equal("flowing", await source.GetAttributeAsync("data-state"));
        Assert.Equal("1", await source.GetAttributeAsync("data-deliveries-24h"));
        Assert.Contains("Receiving data", await source.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("1 last hour · 1 last 24 h", await source.InnerTextAsync(), StringComparison.Ordinal);
        // The pulled channel: its state and its next scheduled pull, as ingest reports them.
        var pulledHealth = (await admin.GetFromJsonAsync<JsonArray>("/api/ingest/sources"))!.Single(s => (string?)s!["source"] == $"youtube-api/{IngestSeed.PulledChannelId}")!;
        var pulled = page.Locator($"[data-testid=sources] tr[data-source='youtube-api/{IngestSeed.PulledChannelId}']");
        Assert.Equal(pulledHealth["lastPullAt"] is null ? "silent" : pulledHealth["lastPullError"] is null ? "flowing" : "failing", await pulled.GetAttributeAsync("data-state"));
        Assert.NotNull(pulledHealth["nextPullAt"]);

        var schedule = page.Locator($"[data-testid=schedules] tr[data-schedule='{seeded.ScheduleId}']");
        Assert.Contains($"{IngestSeed.Cron} · {IngestSeed.TimeZone}", await schedule.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(WebSystem.ProfileName, await schedule.InnerTextAsync(), StringComparison.Ordinal);

        var delivery = page.Locator($"[data-testid=ingest-deliveries] tr[data-ingest-delivery='{seeded.StoredDeliveryId}']");
        Assert.Equal(seeded.DeliveryId, await delivery.GetAttributeAsync("data-delivery-id"));
        await delivery.Locator("[data-testid=show-delivery]").ClickAsync();
        var detail = page.Locator("[data-testid=delivery-detail]");
        await detail.WaitForAsync();
        Assert.Contains(IngestSeed.ChannelId, await detail.Locator("pre.payload").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-sources");
        await Browsing.AssertAccessibleAsync(page);

        // The secret is shown once: the page's answer to the rotation, never a later load.
        await page.Locator("[data-secret-source='spotify-metrics'] [data-testid=rotate]").ClickAsync();
        var secret = await page.Locator("[data-testid=rotated-secret]").InnerTextAsync();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal("1", await page.GetAttributeAsync("[data-secret-source='spotify-metrics']", "data-live"));
        await Browsing.ScreenshotAsync(page, "admin-sources-rotated");
        await page.ReloadAsync();
        await Browsing.WaitForCircuitAsync(page);
        await page.Locator("[data-secret-source='spotify-metrics'][data-live='1']").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=rotated-secret]").CountAsync());
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/culture?name=es&returnUrl=/admin/sources");
        await page.Locator("h1", new() { HasText = "Fuentes de datos" }).WaitForAsync();
        Assert.Contains("Recibiendo datos", await page.Locator("[data-testid=sources] tr[data-source='youtube-metrics']").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.AssertFitsAPhoneAsync(page);
        await Browsing.ScreenshotAsync(page, "admin-sources-phone-spanish");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pull_now_makes_the_schedule_run_and_its_outcome_shows()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/sources");
        var schedule = page.Locator($"[data-testid=schedules] tr[data-schedule='{system.IngestSeeded.ScheduleId}']");
        var before = await schedule.GetAttributeAsync("data-last-run");
        await schedule.Locator("[data-testid=pull-now]").ClickAsync();
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var path = $"/api/ingest/schedules/{system.IngestSeeded.ScheduleId}";
        var ran = await AdFlux.Testing.Eventually.WaitAsync(
            async () => (await admin.GetFromJsonAsync<JsonNode>(path))!["lastRunAt"] is { } at ? ((DateTimeOffset)at).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            at => at != before && at != "", TimeSpan.FromSeconds(30));
        Assert.NotEqual(before, ran);
        Assert.NotEqual("", ran);
        await page.Locator("[data-testid=refresh-sources]").ClickAsync();
        await page.Locator($"[data-testid=schedules] tr[data-schedule='{system.IngestSeeded.ScheduleId}'][data-last-run='{ran}']").WaitForAsync();
        var outcome = (string?)(await admin.GetFromJsonAsync<JsonNode>(path))!["lastOutcome"];
        Assert.Contains(outcome == "succeeded" ? "succeeded" : "failed", await schedule.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=problem]").CountAsync());
        await page.Context.CloseAsync();
    }
}
