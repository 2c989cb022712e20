using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Ads.Api;

namespace AdFlux.Ads.Tests;

/// <summary>Builders for drafts over the HTTP API (campaign, ad set, ad, account), asserting each call succeeds.</summary>
public static class Drafts
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object Campaign(Guid clientProfile, string platform = "meta", string? name = null, long budgetMinor = 5_000,
        string currency = "USD", string budgetKind = "daily", DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null) => new
        {
            clientProfileId = clientProfile,
            name = name ?? $"Campaign {Guid.NewGuid():N}"[..20],
            objective = "traffic",
            platform,
            budgetKind,
            budgetMinor,
            currency,
            startsAt = startsAt ?? new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            endsAt = endsAt ?? new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero),
        };

    public static object AdSet(string? name = null) => new
    {
        name = name ?? "Spain and Portugal, 18-34",
        locations = new[] { "ES", "PT" },
        ageMin = 18,
        ageMax = 34,
        interests = new[] { "Indie music", "Concerts" },
    };

    public static object Ad(string? name = null, string headline = "New single out now") => new
    {
        name = name ?? "Single launch",
        headline,
        primaryText = "Listen to the new single everywhere.",
        callToAction = "listen_now",
        linkUrl = "https://example.com/single",
        creativeKind = "image",
        creativeAssetId = "a1b2c3d4e5f6",
    };

    public static object MetaAccount(Guid clientProfile, string accountId) => new
    {
        clientProfileId = clientProfile,
        platform = "meta",
        accountId = "act_" + accountId,
        pageId = "1122334455",
        accessToken = "EAAsandbox" + Guid.NewGuid().ToString("N"),
    };

    public static object GoogleAccount(Guid clientProfile, string customerId) => new
    {
        clientProfileId = clientProfile,
        platform = "google",
        accountId = customerId,
        refreshToken = "1//sandbox-refresh-" + Guid.NewGuid().ToString("N"),
        clientId = "sandbox-client.apps.googleusercontent.com",
        clientSecret = "sandbox-secret",
        developerToken = "sandbox-developer-token",
    };

    public static object AbTest(Guid control, Guid variant, double baseline = 0.02, double effect = 0.01) => new
    {
        metric = "ctr",
        controlAdId = control,
        variantAdIds = new[] { variant },
        baselineRate = baseline,
        minimumDetectableEffect = effect,
    };

    public static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }
        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpClient client, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = Request(method, path, token, body);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<T> ExpectAsync<T>(HttpClient client, HttpMethod method, string path, string token, object? body, HttpStatusCode expected)
    {
        using var request = Request(method, path, token, body);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static Task<CampaignResponse> CreateCampaignAsync(HttpClient client, string token, object body) =>
        ExpectAsync<CampaignResponse>(client, HttpMethod.Post, "/api/ads/campaigns", token, body, HttpStatusCode.Created);

    public static Task<AdSetResponse> CreateAdSetAsync(HttpClient client, string token, Guid campaignId, object? body = null) =>
        ExpectAsync<AdSetResponse>(client, HttpMethod.Post, $"/api/ads/campaigns/{campaignId}/adsets", token, body ?? AdSet(), HttpStatusCode.Created);

    public static Task<AdResponse> CreateAdAsync(HttpClient client, string token, Guid adSetId, object? body = null) =>
        ExpectAsync<AdResponse>(client, HttpMethod.Post, $"/api/ads/adsets/{adSetId}/ads", token, body ?? Ad(), HttpStatusCode.Created);

    public static Task<AccountResponse> PutAccountAsync(HttpClient client, string token, object body) =>
        ExpectAsync<AccountResponse>(client, HttpMethod.Put, "/api/ads/accounts", token, body, HttpStatusCode.OK);

    public static Task<CampaignResponse> GetCampaignAsync(HttpClient client, string token, Guid id) =>
        ExpectAsync<CampaignResponse>(client, HttpMethod.Get, $"/api/ads/campaigns/{id}", token, null, HttpStatusCode.OK);

    /// <summary>A draft with one ad set and <paramref name="ads"/> ads.</summary>
    public static async Task<CampaignResponse> FullDraftAsync(HttpClient client, string token, Guid clientProfile, string platform = "meta",
        string? name = null, int ads = 1, string? lastAdName = null, object? campaignBody = null)
    {
        var campaign = await CreateCampaignAsync(client, token, campaignBody ?? Campaign(clientProfile, platform, name));
        var adSet = await CreateAdSetAsync(client, token, campaign.Id);
        for (var i = 0; i < ads; i++)
        {
            await CreateAdAsync(client, token, adSet.Id, Ad(i == ads - 1 && lastAdName is not null ? lastAdName : $"Ad {i + 1}", headline: $"Headline {i + 1}"));
        }
        return await GetCampaignAsync(client, token, campaign.Id);
    }
}
