using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AdFlux.Insights.Webhooks;
using AdFlux.Testing;

namespace AdFlux.Insights.Tests.Webhooks;

[Collection(WebhooksCollection.Name)]
public sealed class WebhookDeliveryTests(WebhooksWorld world)
{
    [Fact]
    public async Task A_delivery_is_signed_so_the_standard_webhooks_reference_library_verifies_it()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync();
        var (endpointId, secret) = await world.RegisterAsync(tenant, receiver.Url, "InsightReportCreated");
        var report = WebhookEvents.ReportCreated(tenant);

        await world.PublishAsync(report, report.EventId);

        var received = (await ReceivedAsync(receiver, 1))[0];
        Assert.StartsWith("whsec_", secret);
        Assert.Equal("verified", await StandardWebhooksReference.VerifyAsync(secret, received));
        Assert.Equal(IndependentSignature(secret, received.Id, received.Timestamp, received.Body), received.Signature);
        Assert.StartsWith("refused", await StandardWebhooksReference.VerifyAsync(secret, received with { Body = received.Body.Replace("12", "13") }));
        Assert.StartsWith("refused", await StandardWebhooksReference.VerifyAsync(WebhookSecret.New(), received));
        Assert.StartsWith("application/json", received.ContentType);
        var payload = JsonNode.Parse(received.Body)!;
        Assert.Equal("InsightReportCreated", payload["type"]!.GetValue<string>());
        Assert.Equal(report.ReportId, payload["data"]!["reportId"]!.GetValue<Guid>());
        Assert.Equal(report.EventId, payload["data"]!["eventId"]!.GetValue<Guid>());
        Assert.InRange(long.Parse(received.Timestamp), world.Clock.GetUtcNow().ToUnixTimeSeconds() - 60, world.Clock.GetUtcNow().ToUnixTimeSeconds());

        var delivery = await DeliveryAsync(tenant, endpointId, d => d["status"]!.GetValue<string>() == "succeeded");
        Assert.Equal(received.Id, delivery["webhookId"]!.GetValue<string>());
        Assert.Equal(report.EventId, delivery["eventId"]!.GetValue<Guid>());
        Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
        Assert.Equal(200, delivery["attemptLog"]![0]!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_failing_receiver_gets_retries_with_the_same_webhook_id_on_the_backoff_schedule_until_it_succeeds()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync([500, 503]);
        var (endpointId, secret) = await world.RegisterAsync(tenant, receiver.Url, "InsightReportCreated");
        var report = WebhookEvents.ReportCreated(tenant);

        await world.PublishAsync(report, report.EventId);
        await ReceivedAsync(receiver, 1);
        var first = await DeliveryAsync(tenant, endpointId, d => d["attempts"]!.GetValue<int>() == 1);
        Assert.Equal("pending", first["status"]!.GetValue<string>());
        Assert.Equal(500, first["lastStatusCode"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(5), NextWait(first));

        world.Clock.Advance(TimeSpan.FromSeconds(5));
        await ReceivedAsync(receiver, 2);
        var second = await DeliveryAsync(tenant, endpointId, d => d["attempts"]!.GetValue<int>() == 2);
        Assert.Equal(TimeSpan.FromMinutes(5), NextWait(second));

        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var received = await ReceivedAsync(receiver, 3);
        var done = await DeliveryAsync(tenant, endpointId, d => d["status"]!.GetValue<string>() == "succeeded");

        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.Equal(done["webhookId"]!.GetValue<string>(), received[0].Id);
        Assert.Equal(new[] { 500, 503, 200 }, received.Select(r => r.AnsweredStatus));
        Assert.True(long.Parse(received[2].Timestamp) - long.Parse(received[0].Timestamp) >= 305, "each attempt is signed with its own timestamp");
        foreach (var attempt in received)
        {
            Assert.Equal("verified", await StandardWebhooksReference.VerifyAsync(secret, attempt));
        }
        Assert.Equal(new[] { 500, 503, 200 }, done["attemptLog"]!.AsArray().Select(a => a!["statusCode"]!.GetValue<int>()));
        Assert.Equal(3, done["attempts"]!.GetValue<int>());
        Assert.NotNull(done["deliveredAt"]);
        Assert.Null(done["nextAttemptAt"]);
    }

    [Fact]
    public async Task A_delivery_that_never_succeeds_is_retried_for_about_a_day_and_then_marked_failed()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync(then: 502);
        var (endpointId, _) = await world.RegisterAsync(tenant, receiver.Url, "InsightAnalysisSkipped");
        var skipped = WebhookEvents.AnalysisSkipped(tenant);

        await world.PublishAsync(skipped, skipped.EventId);
        await ReceivedAsync(receiver, 1);
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= WebhookOptions.DefaultRetryDelays.Length; attempt++)
        {
            var pending = await DeliveryAsync(tenant, endpointId, d => d["attempts"]!.GetValue<int>() == attempt);
            waits.Add(NextWait(pending));
            world.Clock.Advance(waits[^1]);
            await ReceivedAsync(receiver, attempt + 1);
        }
        var failed = await DeliveryAsync(tenant, endpointId, d => d["status"]!.GetValue<string>() == "failed");

        Assert.Equal(WebhookOptions.DefaultRetryDelays, waits);
        Assert.InRange(waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait), TimeSpan.FromHours(24), TimeSpan.FromHours(30));
        Assert.Equal(WebhookOptions.DefaultRetryDelays.Length + 1, failed["attempts"]!.GetValue<int>());
        Assert.Equal(502, failed["lastStatusCode"]!.GetValue<int>());
        Assert.Single(receiver.Received.Select(r => r.Id).Distinct());
        Assert.True((await world.EndpointAsync(tenant, endpointId))["enabled"]!.GetValue<bool>(), "a day of failures is not yet enough to disable the endpoint");
    }

    [Fact]
    public async Task Replay_sends_a_delivery_again_with_the_same_webhook_id_and_logs_it()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync();
        var (endpointId, secret) = await world.RegisterAsync(tenant, receiver.Url, "AlertRaised");
        var alert = WebhookEvents.Alert(tenant);
        await world.PublishAsync(alert, alert.EventId);
        await ReceivedAsync(receiver, 1);
        var delivered = await DeliveryAsync(tenant, endpointId, d => d["status"]!.GetValue<string>() == "succeeded");

        using var admin = world.Admin(tenant);
        using var replay = await admin.PostAsync($"/api/insights/webhooks/deliveries/{delivered["id"]!.GetValue<Guid>()}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);

        var received = await ReceivedAsync(receiver, 2);
        var replayed = await DeliveryAsync(tenant, endpointId, d => d["attempts"]!.GetValue<int>() == 2 && d["status"]!.GetValue<string>() == "succeeded");
        Assert.Equal(received[0].Id, received[1].Id);
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.Equal("verified", await StandardWebhooksReference.VerifyAsync(secret, received[1]));
        Assert.Equal(new[] { false, true }, replayed["attemptLog"]!.AsArray().Select(a => a!["replay"]!.GetValue<bool>()));

        using var unknown = await admin.PostAsync($"/api/insights/webhooks/deliveries/{Guid.NewGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_endpoint_failing_for_days_is_disabled_with_the_reason_and_gets_no_more_deliveries()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync(then: 503);
        var (endpointId, _) = await world.RegisterAsync(tenant, receiver.Url, "AlertRaised");
        var first = WebhookEvents.Alert(tenant);
        await world.PublishAsync(first, first.EventId);
        await ReceivedAsync(receiver, 1);
        await DeliveryAsync(tenant, endpointId, d => d["attempts"]!.GetValue<int>() == 1);

        // Five days on (the default Insights:Webhooks:DisableAfter), the next failed attempt turns the endpoint off.
        world.Clock.Advance(TimeSpan.FromDays(5));
        await ReceivedAsync(receiver, 2);
        var disabled = await Eventually.WaitAsync(() => world.EndpointAsync(tenant, endpointId), e => !e["enabled"]!.GetValue<bool>());
        Assert.False(disabled["enabled"]!.GetValue<bool>());
        Assert.Contains("every delivery attempt failed since", disabled["disabledReason"]!.GetValue<string>());
        Assert.Contains("503", disabled["disabledReason"]!.GetValue<string>());
        Assert.NotNull(disabled["disabledAt"]);
        var ended = await DeliveryAsync(tenant, endpointId, d => d["status"]!.GetValue<string>() == "failed");
        Assert.Equal(2, ended["attempts"]!.GetValue<int>());

        var second = WebhookEvents.Alert(tenant);
        await world.PublishAsync(second, second.EventId);
        Assert.Single(await world.DeliveriesAsync(tenant, endpointId));
        using var admin = world.Admin(tenant);
        using var replay = await admin.PostAsync($"/api/insights/webhooks/deliveries/{ended["id"]!.GetValue<Guid>()}/replay", null);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);

        using var enable = await admin.PutAsJsonAsync($"/api/insights/webhooks/{endpointId}", new { url = receiver.Url, eventTypes = new[] { "AlertRaised" }, enabled = true });
        var enabled = JsonNode.Parse(await enable.Content.ReadAsStringAsync())!;
        Assert.True(enabled["enabled"]!.GetValue<bool>());
        Assert.Null(enabled["disabledReason"]);
        Assert.Null(enabled["failingSince"]);
    }

    [Fact]
    public async Task Only_enabled_endpoints_of_the_events_tenant_that_subscribed_to_its_type_get_a_delivery()
    {
        var tenant = Guid.NewGuid();
        var otherTenant = Guid.NewGuid();
        await using var reports = await WebhookReceiver.StartAsync();
        await using var skips = await WebhookReceiver.StartAsync();
        await using var disabledSkips = await WebhookReceiver.StartAsync();
        await using var othersSkips = await WebhookReceiver.StartAsync();
        var (reportsId, _) = await world.RegisterAsync(tenant, reports.Url, "InsightReportCreated", "AlertRaised");
        var (skipsId, _) = await world.RegisterAsync(tenant, skips.Url, "insightanalysisskipped");
        var (disabledId, _) = await world.RegisterAsync(tenant, disabledSkips.Url, "InsightAnalysisSkipped");
        var (othersId, _) = await world.RegisterAsync(otherTenant, othersSkips.Url, "InsightAnalysisSkipped");
        using (var admin = world.Admin(tenant))
        {
            using var off = await admin.PutAsJsonAsync($"/api/insights/webhooks/{disabledId}", new { url = disabledSkips.Url, eventTypes = new[] { "InsightAnalysisSkipped" }, enabled = false });
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        }
        var skipped = WebhookEvents.AnalysisSkipped(tenant);

        await world.PublishAsync(skipped, skipped.EventId);

        var received = await ReceivedAsync(skips, 1);
        Assert.Equal("InsightAnalysisSkipped", JsonNode.Parse(received[0].Body)!["type"]!.GetValue<string>());
        await DeliveryAsync(tenant, skipsId, d => d["status"]!.GetValue<string>() == "succeeded");
        Assert.Empty(await world.DeliveriesAsync(tenant, reportsId));
        Assert.Empty(await world.DeliveriesAsync(tenant, disabledId));
        Assert.Empty(await world.DeliveriesAsync(otherTenant, othersId));
        Assert.Empty(reports.Received);
        Assert.Empty(disabledSkips.Received);
        Assert.Empty(othersSkips.Received);
        Assert.Equal("InsightAnalysisSkipped", Assert.Single((await world.EndpointAsync(tenant, skipsId))["eventTypes"]!.AsArray())!.GetValue<string>());
    }

    private async Task<JsonNode> DeliveryAsync(Guid tenant, Guid endpointId, Func<JsonNode, bool> until)
    {
        var deliveries = await Eventually.WaitAsync(() => world.DeliveriesAsync(tenant, endpointId), found => found.Count == 1 && until(found[0]!));
        Assert.True(deliveries.Count == 1 && until(deliveries[0]!), $"the delivery did not reach the expected state: {deliveries.ToJsonString()}");
        return deliveries[0]!;
    }

    private static async Task<List<ReceivedWebhook>> ReceivedAsync(WebhookReceiver receiver, int count)
    {
        var received = await Eventually.WaitAsync(() => Task.FromResult(receiver.Received.ToList()), found => found.Count >= count);
        Assert.True(received.Count >= count, $"the receiver got {received.Count} of {count} requests");
        return received;
    }

    private static TimeSpan NextWait(JsonNode delivery) =>
        delivery["nextAttemptAt"]!.GetValue<DateTimeOffset>() - delivery["lastAttemptAt"]!.GetValue<DateTimeOffset>();

    // The spec's scheme written out again here, apart from the service's code.
    private static string IndependentSignature(string secret, string id, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }
}
