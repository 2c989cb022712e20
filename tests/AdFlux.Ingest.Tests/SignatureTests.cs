using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Ingest.Api;
using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class SignatureTests(IngestWorld world)
{
    private const string Path = "/webhooks/youtube-metrics";

    [Fact]
    public async Task Once_a_source_has_a_secret_its_deliveries_must_be_signed_within_the_replay_window()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var secret = await RotateAsync(client, "youtube-metrics");
        var body = JsonSerializer.Serialize(Payloads.YouTube("UC-signed"));

        var unsigned = await client.SendAsync(Payloads.Post(Path, body));
        var wrongSecret = await client.SendAsync(Payloads.Signed(Path, body, "whsec_not-the-secret"));
        var stale = await client.SendAsync(Payloads.Signed(Path, body, secret.Secret, DateTimeOffset.UtcNow.AddMinutes(-6)));
        var future = await client.SendAsync(Payloads.Signed(Path, body, secret.Secret, DateTimeOffset.UtcNow.AddMinutes(6)));
        var tamperedRequest = Payloads.Signed(Path, body, secret.Secret);
        tamperedRequest.Content = Payloads.Raw(body.Replace("1200", "9999", StringComparison.Ordinal));
        var tampered = await client.SendAsync(tamperedRequest);
        var otherSourceUnsigned = await client.SendAsync(Payloads.Post("/webhooks/spotify-metrics",
            JsonSerializer.Serialize(new { artist_id = "a", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { followers = 5 } })));
        Assert.DoesNotContain(await world.DeliveriesAsync(tenant), d => d.Source == "youtube-metrics");
        var signed = await client.SendAsync(Payloads.Signed(Path, body, secret.Secret, DateTimeOffset.UtcNow.AddMinutes(-4)));

        Assert.Equal(
            [("missing_signature", HttpStatusCode.Unauthorized), ("invalid_signature", HttpStatusCode.Unauthorized), ("stale_timestamp", HttpStatusCode.Unauthorized),
             ("stale_timestamp", HttpStatusCode.Unauthorized), ("invalid_signature", HttpStatusCode.Unauthorized)],
            await Task.WhenAll(new[] { unsigned, wrongSecret, stale, future, tampered }.Select(ReasonAsync)));
        Assert.Equal(HttpStatusCode.Accepted, otherSourceUnsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        Assert.Equal(
            new Dictionary<string, long> { ["missing_signature"] = 1, ["invalid_signature"] = 2, ["stale_timestamp"] = 2 },
            await world.RejectionsAsync(tenant));
    }

    [Fact]
    public async Task After_a_rotation_the_previous_secret_works_for_the_overlap_only_and_a_revoked_one_at_once_stops()
    {
        var tenant = Guid.NewGuid();
        using var client = world.Client(TestTokens.Admin(tenant));
        var first = await RotateAsync(client, "n8n");
        var second = await RotateAsync(client, "n8n", overlapMinutes: 0);
        var third = await RotateAsync(client, "n8n", overlapMinutes: 60);
        string Body() => JsonSerializer.Serialize(new { platform = "youtube", entity_type = "channel", entity_id = Guid.NewGuid().ToString(), period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { views = 1 } });

        var withFirst = await client.SendAsync(Payloads.Signed("/webhooks/n8n/rotation", Body(), first.Secret));
        var withSecond = await client.SendAsync(Payloads.Signed("/webhooks/n8n/rotation", Body(), second.Secret));
        var withThird = await client.SendAsync(Payloads.Signed("/webhooks/n8n/rotation", Body(), third.Secret));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/ingest/webhook-secrets/{second.Id}")).StatusCode);
        var afterRevoke = await client.SendAsync(Payloads.Signed("/webhooks/n8n/rotation", Body(), second.Secret));

        Assert.Equal(HttpStatusCode.Unauthorized, withFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, withSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, withThird.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.NotNull(third.PreviousValidUntil);
        var listed = (await client.GetFromJsonAsync<List<WebhookSecretResponse>>("/api/ingest/webhook-secrets"))!;
        Assert.Equal([third.Id, second.Id, first.Id], listed.Select(s => s.Id));
        Assert.Null(listed[0].ExpiresAt);
        Assert.DoesNotContain(third.Secret, await client.GetStringAsync("/api/ingest/webhook-secrets"));
    }

    [Fact]
    public async Task Rotating_an_unknown_source_or_a_negative_overlap_answers_400_naming_the_field()
    {
        using var client = world.Client(TestTokens.Admin(Guid.NewGuid()));

        var unknown = await client.PostAsync("/api/ingest/webhook-secrets/tiktok/rotate", null);
        var negative = await client.PostAsJsonAsync("/api/ingest/webhook-secrets/n8n/rotate", new { overlapMinutes = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"source\"", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("\"overlapMinutes\"", await negative.Content.ReadAsStringAsync());
    }

    private static async Task<CreatedWebhookSecretResponse> RotateAsync(HttpClient client, string source, int? overlapMinutes = null)
    {
        using var response = overlapMinutes is null
            ? await client.PostAsync($"/api/ingest/webhook-secrets/{source}/rotate", null)
            : await client.PostAsJsonAsync($"/api/ingest/webhook-secrets/{source}/rotate", new { overlapMinutes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedWebhookSecretResponse>())!;
    }

    private static async Task<(string, HttpStatusCode)> ReasonAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (problem.GetProperty("reason").GetString()!, response.StatusCode);
    }
}
