using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Api;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class MetaWebhookTests(IngestWorld world)
{
    [Fact]
    public async Task The_subscription_handshake_echoes_the_challenge_only_for_the_configured_verify_token()
    {
        using var client = world.Client();

        var ok = await client.GetAsync($"/webhooks/meta?hub.mode=subscribe&hub.verify_token={IngestHost.MetaVerifyToken}&hub.challenge=1158201444");
        var wrongToken = await client.GetAsync("/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
        var wrongMode = await client.GetAsync($"/webhooks/meta?hub.mode=unsubscribe&hub.verify_token={IngestHost.MetaVerifyToken}&hub.challenge=1");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongMode.StatusCode);
    }

    [Fact]
    public async Task Signed_entries_of_registered_accounts_become_events_per_tenant_and_unknown_accounts_are_dropped()
    {
        var (ownerA, ownerB) = (await world.NewTenantAsync(), await world.NewTenantAsync());
        var (tenantA, tenantB) = (ownerA.TenantId, ownerB.TenantId);
        var (profileA, profileB) = (ownerA.ClientProfileId, ownerB.ClientProfileId);
        var instagram = await RegisterAsync(ownerA, "instagram");
        var page = await RegisterAsync(ownerB, "page");
        var unknown = Payloads.NewAccountId();
        var body = JsonSerializer.Serialize(new
        {
            @object = "instagram",
            entry = new object[]
            {
                new { id = instagram, time = 1764460800, changes = new object[]
                {
                    new { field = "comments", value = new { id = "17865799348089039", text = "This drop is fire", from = new { id = "232323", username = "fan.one" }, media = new { id = "123123", media_product_type = "FEED" } } },
                    new { field = "mentions", value = new { media_id = "17918195224117851", comment_id = "17894227972186120" } },
                    new { field = "story_insights", value = new { media_id = "18012345", impressions = 440, reach = 390, taps_forward = 12, exits = 3 } },
                    new { field = "messages", value = new { id = "ignored" } },
                } },
                new { id = unknown, time = 1764460800, changes = new object[] { new { field = "comments", value = new { id = "1", text = "nobody's" } } } },
            },
        });
        var pageBody = JsonSerializer.Serialize(new
        {
            @object = "page",
            entry = new object[]
            {
                new { id = page, time = 1764460900, changes = new object[]
                {
                    new { field = "feed", value = new { item = "reaction", verb = "add", reaction_type = "like", post_id = $"{page}_99", from = new { id = "5", name = "Ana" } } },
                    new { field = "feed", value = new { item = "comment", verb = "add", post_id = $"{page}_99", comment_id = "99_1", message = "Tour dates?", from = new { id = "6", name = "Ben" } } },
                } },
            },
        });
        using var client = world.Client();

        using var response = await client.SendAsync(Payloads.MetaSigned(body, IngestHost.MetaAppSecret));
        using var pageResponse = await client.SendAsync(Payloads.MetaSigned(pageBody, IngestHost.MetaAppSecret));
        using var repeat = await client.SendAsync(Payloads.MetaSigned(body, IngestHost.MetaAppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<MetaReceipt>())!;
        Assert.Equal(1, receipt.IgnoredEntries);
        Assert.Equal(3, Assert.Single(receipt.Deliveries).Events);
        var stored = Assert.Single(await world.DeliveriesAsync(tenantA));
        Assert.Equal(("meta", (Guid?)profileA), (stored.Source, stored.ClientProfileId));
        Assert.DoesNotContain(unknown, stored.Payload);
        var eventsA = await world.EventsAsync(tenantA);
        var interactions = eventsA.Where(m => m.MessageType == OutboxMessageTypes.NameOf(typeof(PlatformInteractionReceived)))
            .Select(m => JsonSerializer.Deserialize<PlatformInteractionReceived>(m.Payload, OutboxMessageTypes.Json)!).ToList();
        Assert.Equal([("comment", "17865799348089039", "fan.one", "This drop is fire"), ("mention", "17894227972186120", null, null)],
            interactions.Select(i => (i.Kind, i.ObjectId, i.AuthorHandle, i.Text)));
        Assert.All(interactions, i => Assert.Equal((profileA, DateTimeOffset.FromUnixTimeSeconds(1764460800), stored.Id), (i.ClientProfileId!.Value, i.OccurredAt, i.DeliveryId!.Value)));
        var story = JsonSerializer.Deserialize<PlatformMetricsReceived>(
            Assert.Single(eventsA, m => m.MessageType == OutboxMessageTypes.NameOf(typeof(PlatformMetricsReceived))).Payload, OutboxMessageTypes.Json)!;
        Assert.Equal(("instagram", "story", "18012345", 440.0), (story.Platform, story.EntityType, story.EntityId, story.Metrics["impressions"]));

        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        var eventsB = (await world.EventsAsync(tenantB)).Select(m => JsonSerializer.Deserialize<PlatformInteractionReceived>(m.Payload, OutboxMessageTypes.Json)!).ToList();
        Assert.Equal([("facebook", "reaction", "Ana"), ("facebook", "comment", "Ben")], eventsB.Select(e => (e.Platform, e.Kind, e.AuthorHandle)));

        Assert.True(Assert.Single((await repeat.Content.ReadFromJsonAsync<MetaReceipt>())!.Deliveries).Duplicate);
        Assert.Single(await world.DeliveriesAsync(tenantA));
        Assert.Equal(3, (await world.EventsAsync(tenantA)).Count);
    }

    [Fact]
    public async Task Ad_account_changes_become_interactions_of_the_registered_ad_account()
    {
        var owner = await world.NewTenantAsync();
        var (tenant, profile) = (owner.TenantId, owner.ClientProfileId);
        var adAccount = await RegisterAsync(owner, "ad_account");
        var body = JsonSerializer.Serialize(new
        {
            @object = "ad_account",
            entry = new[]
            {
                new { id = "act_" + adAccount, time = 1764460800, changes = new object[]
                {
                    new { field = "with_issues_ad_objects", value = new { id = "23850000000001", level = "AD", error_code = 1487, error_summary = "Ad rejected: image text" } },
                    new { field = "in_process_ad_objects", value = new { id = "23850000000002", level = "CAMPAIGN", status_name = "ACTIVE" } },
                } },
            },
        });
        using var client = world.Client();

        using var response = await client.SendAsync(Payloads.MetaSigned(body, IngestHost.MetaAppSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = (await world.EventsAsync(tenant)).Select(m => JsonSerializer.Deserialize<PlatformInteractionReceived>(m.Payload, OutboxMessageTypes.Json)!).ToList();
        Assert.Equal(
            [("meta_ads", "ad_object_issue", "23850000000001", "Ad rejected: image text"), ("meta_ads", "ad_object_status", "23850000000002", "ACTIVE")],
            events.Select(e => (e.Platform, e.Kind, e.ObjectId, e.Text)));
        Assert.All(events, e => Assert.Equal(profile, e.ClientProfileId));
    }

    [Fact]
    public async Task Unsigned_or_wrongly_signed_meta_deliveries_answer_401_and_store_nothing()
    {
        var owner = await world.NewTenantAsync();
        var tenant = owner.TenantId;
        var account = await RegisterAsync(owner, "instagram");
        var body = JsonSerializer.Serialize(new { @object = "instagram", entry = new[] { new { id = account, time = 1764460800, changes = new[] { new { field = "comments", value = new { id = "1", text = "hi" } } } } } });
        using var client = world.Client();

        using var unsigned = await client.SendAsync(Payloads.Post("/webhooks/meta", body));
        using var wrong = await client.SendAsync(Payloads.MetaSigned(body, "not-the-app-secret"));
        using var malformed = await client.SendAsync(Payloads.MetaSigned("{\"object\":", IngestHost.MetaAppSecret));
        using var noEntry = await client.SendAsync(Payloads.MetaSigned("{\"object\":\"page\"}", IngestHost.MetaAppSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noEntry.StatusCode);
        Assert.Contains("\"entry\"", await noEntry.Content.ReadAsStringAsync());
        Assert.Empty(await world.DeliveriesAsync(tenant));
    }

    [Fact]
    public async Task An_account_can_be_registered_once_across_tenants_and_bad_registrations_name_the_field()
    {
        var account = await RegisterAsync(await world.NewTenantAsync(), "page");
        var otherTenant = await world.NewTenantAsync();
        using var other = world.Client(otherTenant.AdminToken);

        var taken = await other.PostAsJsonAsync("/api/ingest/meta-accounts", new { accountId = account, kind = "page", clientProfileId = otherTenant.ClientProfileId });
        var bad = await other.PostAsJsonAsync("/api/ingest/meta-accounts", new { accountId = "abc", kind = "tiktok" });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("accountId", out _) && errors.TryGetProperty("kind", out _) && errors.TryGetProperty("clientProfileId", out _), errors.ToString());
    }

    private async Task<string> RegisterAsync(RealTenant owner, string kind)
    {
        var accountId = Payloads.NewAccountId();
        using var client = world.Client(owner.AdminToken);
        using var response = await client.PostAsJsonAsync("/api/ingest/meta-accounts", new { accountId, kind, clientProfileId = owner.ClientProfileId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return accountId;
    }
}
