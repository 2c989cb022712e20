using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Ingest.Api;
using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class SourcesAndDeliveriesTests(IngestWorld world)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Sources_show_last_delivery_deliveries_per_hour_and_rejections_by_reason_of_the_callers_tenant_only()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/webhooks/youtube-metrics", Payloads.Json(Payloads.YouTube($"UC-{i}")))).StatusCode);
        }
        await client.PostAsync("/webhooks/youtube-metrics", Payloads.Raw("{not json"));
        await client.PostAsync("/webhooks/youtube-metrics", Payloads.Raw("{}"));
        await client.PostAsync("/webhooks/youtube-metrics", Payloads.Raw("{}"));
        using var stranger = world.Client(TestTokens.Admin(Guid.NewGuid()));

        var sources = await client.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json);
        var strangers = await stranger.GetFromJsonAsync<List<SourceStatus>>("/api/ingest/sources", Json);

        var youtube = Assert.Single(sources!, s => s.Source == "youtube-metrics");
        Assert.Equal((3, 3), (youtube.DeliveriesLastHour, youtube.DeliveriesLast24Hours));
        Assert.NotNull(youtube.LastDeliveryAt);
        Assert.Equal(new Dictionary<string, long> { ["malformed_json"] = 1, ["missing_field"] = 2 }, youtube.RejectionsLast24Hours);
        Assert.Contains(sources!, s => s.Source == "meta" && s.LastDeliveryAt is null);
        Assert.All(strangers!, s => Assert.Equal((0, 0), (s.DeliveriesLast24Hours, s.RejectionsLast24Hours.Count)));
    }

    [Fact]
    public async Task Deliveries_are_paged_newest_first_filtered_and_hidden_from_other_tenants()
    {
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        for (var i = 0; i < 5; i++)
        {
            using var request = Payloads.Post("/webhooks/youtube-metrics", JsonSerializer.Serialize(Payloads.YouTube($"UC-page-{i}")));
            if (i % 2 == 0)
            {
                request.Headers.Add("X-Client-Profile-Id", profile.ToString());
            }
            Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request)).StatusCode);
        }
        await client.PostAsync("/webhooks/n8n/other", Payloads.Json(new { platform = "x", entity_type = "post", entity_id = "1", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-01T00:00:00Z", metrics = new { likes = 1 } }));
        using var stranger = world.Client(TestTokens.Admin(Guid.NewGuid()));

        var first = await client.GetFromJsonAsync<DeliveryPage>("/api/ingest/deliveries?source=youtube-metrics&limit=3", Json);
        var second = await client.GetFromJsonAsync<DeliveryPage>($"/api/ingest/deliveries?source=youtube-metrics&limit=3&cursor={first!.NextCursor}", Json);
        var forProfile = await client.GetFromJsonAsync<DeliveryPage>($"/api/ingest/deliveries?clientProfileId={profile}", Json);
        var one = await client.GetFromJsonAsync<DeliveryResponse>($"/api/ingest/deliveries/{first.Items[0].Id}", Json);
        var badLimit = await client.GetAsync("/api/ingest/deliveries?limit=0");

        Assert.Equal(["UC-page-4", "UC-page-3", "UC-page-2"], first.Items.Select(d => d.Payload.GetProperty("channel_id").GetString()));
        Assert.Equal(["UC-page-1", "UC-page-0"], second!.Items.Select(d => d.Payload.GetProperty("channel_id").GetString()));
        Assert.Null(second.NextCursor);
        Assert.Equal(3, forProfile!.Items.Count);
        Assert.Equal(first.Items[0].PayloadHash, one!.PayloadHash);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("limit", await badLimit.Content.ReadAsStringAsync());
        Assert.Empty((await stranger.GetFromJsonAsync<DeliveryPage>("/api/ingest/deliveries", Json))!.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/ingest/deliveries/{first.Items[0].Id}")).StatusCode);
    }
}
