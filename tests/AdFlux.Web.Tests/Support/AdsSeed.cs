using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Testing;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// Campaigns made through ads' API as an admin would: the first profile's Meta account, a campaign with two
/// ads published on the platform sandbox (whose figures ads then pulls, and whose ads an A/B test compares) and a draft; the other profile's draft,
/// which the first profile's viewer must never see.
/// </summary>
public static class AdsSeed
{
    public const string CampaignName = "Single launch";
    public const string DraftName = "Summer tour";
    public const string OtherCampaignName = "Artist Two tour";

    public static async Task SeedAsync(WebSystem system, HttpClient admin)
    {
        await SendAsync(admin, HttpMethod.Put, "/api/ads/accounts", new
        {
            clientProfileId = system.ProfileId,
            platform = "meta",
            accountId = "act_" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture),
            pageId = "1122334455",
            accessToken = "EAAsandbox" + Guid.NewGuid().ToString("N"),
        });
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-20), TimeSpan.Zero);
        var campaign = await DraftAsync(admin, system.ProfileId, CampaignName, start);
        var adSet = Id(await SendAsync(admin, HttpMethod.Post, $"/api/ads/campaigns/{campaign}/adsets", new
        {
            name = "Spain and Portugal, 18-34",
            locations = new[] { "ES", "PT" },
            ageMin = 18,
            ageMax = 34,
            interests = new[] { "Indie music" },
        }));
        foreach (var headline in new[] { "New single out now", "Listen to the new single" })
        {
            await SendAsync(admin, HttpMethod.Post, $"/api/ads/adsets/{adSet}/ads", new
            {
                name = headline,
                headline,
                primaryText = "Listen to the new single everywhere.",
                callToAction = "listen_now",
                linkUrl = "https://example.com/single",
                creativeKind = "image",
                creativeAssetId = "a1b2c3d4e5f6",
            });
        }
        await SendAsync(admin, HttpMethod.Post, $"/api/ads/campaigns/{campaign}/publish", null);
        await DraftAsync(admin, system.ProfileId, DraftName, start.AddDays(30));
        await DraftAsync(admin, system.OtherProfileId, OtherCampaignName, start);
        system.CampaignId = campaign;

        // Published, then pulled: the report has spend once ads' metric sync has run.
        var status = await Eventually.WaitAsync(
            async () => (string?)(await admin.GetFromJsonAsync<JsonNode>($"/api/ads/campaigns/{campaign}"))!["status"], s => s is "active" or "failed", TimeSpan.FromSeconds(60));
        Assert.Equal("active", status);
        var spend = await Eventually.WaitAsync(
            async () => (long)(await admin.GetFromJsonAsync<JsonNode>($"/api/ads/campaigns/{campaign}/report"))!["totals"]!["spendMinor"]!, s => s > 0, TimeSpan.FromSeconds(60));
        Assert.True(spend > 0, "ads pulled no figures of the published campaign from the sandbox");

        // An A/B test of the two ads, planned and still running: CTR of 2 %, a point to detect.
        var ads = (await admin.GetFromJsonAsync<JsonNode>($"/api/ads/campaigns/{campaign}"))!["adSets"]![0]!["ads"]!.AsArray();
        await SendAsync(admin, HttpMethod.Post, $"/api/ads/campaigns/{campaign}/ab-tests", new
        {
            metric = "ctr",
            controlAdId = (Guid)ads[0]!["id"]!,
            variantAdIds = new[] { (Guid)ads[1]!["id"]! },
            baselineRate = 0.02,
            minimumDetectableEffect = 0.01,
        });
    }

    private static async Task<Guid> DraftAsync(HttpClient admin, Guid profile, string name, DateTimeOffset start) =>
        Id(await SendAsync(admin, HttpMethod.Post, "/api/ads/campaigns", new
        {
            clientProfileId = profile,
            name,
            objective = "traffic",
            platform = "meta",
            budgetKind = "daily",
            budgetMinor = 500_000,
            currency = "USD",
            startsAt = start,
            endsAt = start.AddDays(60),
        }));

    private static Guid Id(JsonNode? body) => Guid.Parse((string)body!["id"]!);

    private static async Task<JsonNode?> SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
