using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Api;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class MetricsWebhookTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_delivery_is_stored_raw_with_one_event_per_record_and_answered_202()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var body = JsonSerializer.Serialize(new[] { Payloads.YouTube("UC-1"), Payloads.YouTube("UC-1", videoId: "vid-9", views: 55) });
        using var request = Payloads.Post("/webhooks/youtube-metrics", body, deliveryId: "yt-1");
        request.Headers.Add("X-Client-Profile-Id", profile.ToString());

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<WebhookReceipt>(Json))!;
        Assert.Equal(new WebhookReceipt(receipt.DeliveryId, false, 2), receipt);
        var stored = Assert.Single(await world.DeliveriesAsync(tenant));
        Assert.Equal((receipt.DeliveryId, "youtube-metrics", "yt-1", (Guid?)profile, 2), (stored.Id, stored.Source, stored.DeliveryId, stored.ClientProfileId, stored.EventCount));
        Assert.Equal("vid-9", JsonDocument.Parse(stored.Payload).RootElement[1].GetProperty("video_id").GetString());
        var events = (await world.EventsAsync(tenant)).Select(Read).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((receipt.DeliveryId, profile, "youtube"), (e.DeliveryId!.Value, e.ClientProfileId!.Value, e.Platform)));
        Assert.Equal([("channel", "UC-1", 1200.0), ("video", "vid-9", 55.0)], events.Select(e => (e.EntityType, e.EntityId, e.Metrics["views"])));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), events[0].WindowEnd);
    }

    [Fact]
    public async Task Each_source_names_its_entities_and_n8n_workflows_name_their_own()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var period = new { period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-01T01:00:00Z" };

        var spotify = await client.PostAsync("/webhooks/spotify-metrics", Payloads.Json(new { artist_id = "art-1", track_id = "trk-2", period.period_start, period.period_end, metrics = new { popularity = 61 } }));
        var landing = await client.PostAsync("/webhooks/landing-page-metrics", Payloads.Json(new { page_url = "https://artist.test/pre-save", period.period_start, period.period_end, metrics = new { visitors = 310, conversions = 12 } }));
        var n8n = await client.PostAsync("/webhooks/n8n/Weekly-Sync", Payloads.Json(new { platform = "tiktok", entity_type = "video", entity_id = "tt-77", period.period_start, period.period_end, metrics = new { shares = 4 } }));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted], new[] { spotify.StatusCode, landing.StatusCode, n8n.StatusCode });
        Assert.Equal(["landing-page-metrics", "n8n/weekly-sync", "spotify-metrics"], (await world.DeliveriesAsync(tenant)).Select(d => d.Source).Order());
        var events = (await world.EventsAsync(tenant)).Select(Read).OrderBy(e => e.Platform).ToList();
        Assert.Equal(
            [("landing-page", "page", "https://artist.test/pre-save"), ("spotify", "track", "trk-2"), ("tiktok", "video", "tt-77")],
            events.Select(e => (e.Platform, e.EntityType, e.EntityId)));
    }

    [Fact]
    public async Task A_tenant_api_key_is_accepted_and_ties_the_delivery_to_the_keys_tenant()
    {
        var a = world.Matrix.A;
        using var client = world.Client();
        using var request = Payloads.Post("/webhooks/landing-page-metrics",
            JsonSerializer.Serialize(new { page_url = $"https://a.test/{Guid.NewGuid():N}", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-01T00:05:00Z", metrics = new { visitors = 3 } }));
        request.Headers.Add(AuthSchemes.ApiKeyHeader, a.ApiKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<WebhookReceipt>(Json))!;
        Assert.Contains(await world.DeliveriesAsync(a.TenantId), d => d.Id == receipt.DeliveryId);
    }

    [Fact]
    public async Task A_repeat_by_delivery_id_or_by_the_same_body_answers_200_and_makes_no_second_event()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var body = JsonSerializer.Serialize(Payloads.YouTube("UC-dup"));
        var otherBody = JsonSerializer.Serialize(Payloads.YouTube("UC-dup", views: 99));

        var first = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body, "d-1"));
        var sameId = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", otherBody, "d-1"));
        var sameBody = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body, "d-2"));
        var sameBodyNoId = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body));
        var otherSource = await client.SendAsync(Payloads.Post("/webhooks/n8n/dup", JsonSerializer.Serialize(new { platform = "youtube", entity_type = "channel", entity_id = "UC-dup", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { views = 1 } }), "d-1"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var original = (await first.Content.ReadFromJsonAsync<WebhookReceipt>(Json))!.DeliveryId;
        foreach (var repeat in new[] { sameId, sameBody, sameBodyNoId })
        {
            Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
            Assert.Equal(new WebhookReceipt(original, true, 0), await repeat.Content.ReadFromJsonAsync<WebhookReceipt>(Json));
        }
        Assert.Equal(HttpStatusCode.Accepted, otherSource.StatusCode);
        Assert.Equal(2, (await world.DeliveriesAsync(tenant)).Count);
        Assert.Equal(2, (await world.EventsAsync(tenant)).Count);
    }

    [Fact]
    public async Task Identical_deliveries_racing_each_other_are_stored_once()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var body = JsonSerializer.Serialize(Payloads.YouTube("UC-race"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body))));
        var sameIdResponses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", JsonSerializer.Serialize(Payloads.YouTube("UC-race-id", views: i)), "race-id"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(sameIdResponses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(7, sameIdResponses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(2, (await world.DeliveriesAsync(tenant)).Count);
        Assert.Equal(2, (await world.EventsAsync(tenant)).Count);
    }

    [Theory]
    [InlineData("{\"channel_id\": \"UC\", ", "malformed_json", "body")]
    [InlineData("{\"channel_id\": \"UC\", \"period_start\": \"2026-11-01T00:00:00Z\", \"period_end\": \"2026-11-02T00:00:00Z\"}", "missing_field", "metrics")]
    [InlineData("{\"period_start\": \"2026-11-01T00:00:00Z\", \"period_end\": \"2026-11-02T00:00:00Z\", \"metrics\": {\"views\": 1}}", "missing_field", "channel_id")]
    [InlineData("{\"channel_id\": \"UC\", \"period_start\": \"2026-11-01T00:00:00Z\", \"period_end\": \"2026-11-02T00:00:00Z\", \"metrics\": {\"views\": \"many\"}}", "invalid_field", "metrics.views")]
    [InlineData("{\"channel_id\": \"UC\", \"period_start\": \"yesterday\", \"period_end\": \"2026-11-02T00:00:00Z\", \"metrics\": {\"views\": 1}}", "invalid_field", "period_start")]
    [InlineData("[{\"channel_id\": \"UC\", \"period_start\": \"2026-11-01T00:00:00Z\", \"period_end\": \"2026-11-02T00:00:00Z\", \"metrics\": {\"views\": 1}}, {\"channel_id\": \"UC\", \"period_start\": \"2026-11-01T00:00:00Z\", \"metrics\": {\"views\": 1}}]", "missing_field", "[1].period_end")]
    [InlineData("[]", "invalid_field", "body")]
    public async Task Bad_bodies_answer_400_naming_the_field_store_nothing_and_are_counted(string body, string reason, string field)
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));

        using var response = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body, "bad-1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        Assert.Empty(await world.DeliveriesAsync(tenant));
        Assert.Empty(await world.EventsAsync(tenant));
        Assert.Equal(new Dictionary<string, long> { [reason] = 1 }, await world.RejectionsAsync(tenant));
    }

    [Fact]
    public async Task Missing_or_bad_credentials_answer_401_a_viewers_token_403_and_nothing_is_stored()
    {
        var a = world.Matrix.A;
        var before = (await world.DeliveriesAsync(a.TenantId)).Count;
        var body = JsonSerializer.Serialize(Payloads.YouTube($"UC-{Guid.NewGuid():N}"));
        using var anonymous = world.Client();
        using var forged = world.Client(TestTokens.Forged(a.TenantId));
        using var viewer = world.Client(a.ViewerToken);
        using var revoked = Payloads.Post("/webhooks/youtube-metrics", body);
        revoked.Headers.Add(AuthSchemes.ApiKeyHeader, a.RevokedApiKey);

        var responses = new[]
        {
            await anonymous.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body)),
            await forged.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body)),
            await anonymous.SendAsync(revoked),
        };
        var forbidden = await viewer.SendAsync(Payloads.Post("/webhooks/youtube-metrics", body));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(before, (await world.DeliveriesAsync(a.TenantId)).Count);
        Assert.True((await world.RejectionsAsync(a.TenantId)).GetValueOrDefault("forbidden") >= 1);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413_and_is_counted()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var huge = JsonSerializer.Serialize(new { channel_id = new string('x', IngestHost.MaxBodyBytes), period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { views = 1 } });

        using var response = await client.SendAsync(Payloads.Post("/webhooks/youtube-metrics", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await world.DeliveriesAsync(tenant));
        Assert.Equal(new Dictionary<string, long> { ["too_large"] = 1 }, await world.RejectionsAsync(tenant));
    }

    private static PlatformMetricsReceived Read(OutboxMessage message)
    {
        Assert.Equal(OutboxMessageTypes.NameOf(typeof(PlatformMetricsReceived)), message.MessageType);
        return JsonSerializer.Deserialize<PlatformMetricsReceived>(message.Payload, OutboxMessageTypes.Json)!;
    }
}
