using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Webhooks;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>Registration and the SSRF guard in the shared world, where <c>Insights:Webhooks:AllowPrivateTargets</c> is off as in production.</summary>
[Collection(InsightsCollection.Name)]
public sealed class WebhookRegistrationTests(InsightsWorld world)
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://172.20.0.5/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    public async Task A_target_on_a_private_loopback_or_link_local_address_is_refused_naming_url(string url)
    {
        var tenant = Guid.NewGuid();
        using var admin = world.Client(TestTokens.Admin(tenant));

        using var response = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url, eventTypes = new[] { "AlertRaised" } });

        var problem = await ProblemAsync(response);
        Assert.Contains("private", problem["errors"]!["url"]![0]!.GetValue<string>());
        Assert.Empty((await InsightsWorld.GetJsonAsync(admin, "/api/insights/webhooks")).AsArray());
    }

    [Fact]
    public async Task A_delivery_whose_host_turned_private_after_registration_is_refused_at_connect_time()
    {
        var tenant = Guid.NewGuid();
        await using var receiver = await WebhookReceiver.StartAsync();
        // As if a public name now resolved to loopback (DNS rebinding): the row holds a target registration would refuse.
        await using (var db = world.Db(tenant))
        {
            db.WebhookEndpoints.Add(new WebhookEndpoint
            {
                Id = Guid.CreateVersion7(), TenantId = tenant, Url = receiver.Url, Secret = WebhookSecret.New(), Enabled = true,
                EventTypes = ["AlertRaised"], CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var alert = WebhookEvents.Alert(tenant);

        await world.PublishAsync(alert);

        await using var check = world.Db(tenant);
        var attempt = await Eventually.WaitAsync(() => check.WebhookAttempts.AsNoTracking().FirstOrDefaultAsync(), found => found is not null);
        Assert.NotNull(attempt);
        Assert.Null(attempt.StatusCode);
        Assert.False(attempt.Succeeded);
        Assert.Contains("private", attempt.Error);
        Assert.Empty(receiver.Received);
    }

    [Theory]
    [InlineData("not a url", "url")]
    [InlineData("ftp://203.0.113.7/hook", "url")]
    [InlineData("https://user:secret@203.0.113.7/hook", "url")]
    [InlineData("https://name-that-does-not-resolve.invalid/hook", "url")]
    public async Task A_bad_url_is_refused_naming_it(string url, string field)
    {
        using var admin = world.Client(TestTokens.Admin(Guid.NewGuid()));
        using var response = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url, eventTypes = new[] { "AlertRaised" } });
        Assert.NotNull((await ProblemAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task Event_types_must_be_given_and_known()
    {
        using var admin = world.Client(TestTokens.Admin(Guid.NewGuid()));
        using var none = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url = "https://203.0.113.7/hook", eventTypes = Array.Empty<string>() });
        using var unknown = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url = "https://203.0.113.7/hook", eventTypes = new[] { "AlertRaised", "CampaignExploded" } });
        Assert.NotNull((await ProblemAsync(none))["errors"]!["eventTypes"]);
        Assert.Contains("CampaignExploded", (await ProblemAsync(unknown))["errors"]!["eventTypes"]![0]!.GetValue<string>());
        var known = (await InsightsWorld.GetJsonAsync(admin, "/api/insights/webhooks/event-types")).AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal(WebhookEventTypes.All, known);
    }

    [Fact]
    public async Task The_secret_is_shown_when_made_and_rotated_and_never_read_back()
    {
        var tenant = Guid.NewGuid();
        using var admin = world.Client(TestTokens.Admin(tenant));

        using var created = await admin.PostAsJsonAsync("/api/insights/webhooks", new { url = "https://203.0.113.7/hook", eventTypes = new[] { "alertraised" }, description = "n8n alerts" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var secret = body["secret"]!.GetValue<string>();
        var id = body["endpoint"]!["id"]!.GetValue<Guid>();
        Assert.Equal(32, WebhookSecret.KeyOf(secret).Length);
        Assert.Equal("AlertRaised", body["endpoint"]!["eventTypes"]![0]!.GetValue<string>());

        var read = await admin.GetStringAsync($"/api/insights/webhooks/{id}");
        var listed = await admin.GetStringAsync("/api/insights/webhooks");
        Assert.DoesNotContain(secret[6..], read);
        Assert.DoesNotContain(secret[6..], listed);
        Assert.Contains("n8n alerts", read);

        using var rotated = await admin.PostAsync($"/api/insights/webhooks/{id}/secret", null);
        var newSecret = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", newSecret);
        Assert.NotEqual(secret, newSecret);

        using var deleted = await admin.DeleteAsync($"/api/insights/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/insights/webhooks/{id}")).StatusCode);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        return JsonNode.Parse(body)!;
    }
}
