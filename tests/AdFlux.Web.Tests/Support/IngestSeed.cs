using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Ingest.Webhooks;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// Ingest's side of the admin console, made through the gateway as a label's integration would: a signing secret for the
/// YouTube metrics webhook, then one delivery signed with it; a YouTube channel registered for pulls on a daily schedule.
/// </summary>
public static class IngestSeed
{
    public const string ChannelId = "UC-web-sources";
    public const string PulledChannelId = "UC-web-pulled";
    public const string Cron = "0 6 * * *";
    public const string TimeZone = "Europe/Madrid";

    /// <summary>What the tests look for: the delivery's own id (<c>X-Delivery-Id</c>), its stored id, and the schedule.</summary>
    public sealed record Seeded(string DeliveryId, Guid StoredDeliveryId, Guid ScheduleId);

    /// <summary>Ingest's settings in the web tests: its secrets key, identity for tokens, the platform sandbox for pulls.</summary>
    public static Dictionary<string, string?> Settings(Dictionary<string, string?> callsIdentity, string sandboxRoot) => new(callsIdentity)
    {
        ["Ingest:Secrets:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Ingest:Pulls:PollInterval"] = "00:00:00.200",
        ["Ingest:Platforms:GoogleTokenUrl"] = sandboxRoot + "token",
        ["Ingest:Platforms:SheetsBaseUrl"] = sandboxRoot,
        ["Ingest:Platforms:YouTubeDataBaseUrl"] = sandboxRoot + "youtube/v3/",
        ["Ingest:Platforms:YouTubeAnalyticsBaseUrl"] = sandboxRoot + "v2/",
        ["Ingest:Platforms:SpotifyAccountsBaseUrl"] = sandboxRoot + "api/",
        ["Ingest:Platforms:SpotifyApiBaseUrl"] = sandboxRoot + "v1/",
    };

    public static async Task SeedAsync(WebSystem system)
    {
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var secret = (string)(await SendAsync(admin, HttpMethod.Post, "/api/ingest/webhook-secrets/youtube-metrics/rotate", new { overlapMinutes = 0 }))!["secret"]!;

        var deliveryId = "yt-web-" + Guid.NewGuid().ToString("N")[..12];
        var start = new DateTimeOffset(system.LastDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["channel_id"] = ChannelId,
            ["period_start"] = start,
            ["period_end"] = start.AddDays(1),
            ["metrics"] = new Dictionary<string, double> { ["views"] = 1234, ["likes"] = 56 },
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var webhook = new HttpRequestMessage(HttpMethod.Post, "/webhooks/youtube-metrics") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        webhook.Headers.Add("X-Delivery-Id", deliveryId);
        webhook.Headers.Add("X-Client-Profile-Id", system.ProfileId.ToString());
        webhook.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        webhook.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        using var delivered = await admin.SendAsync(webhook);
        Assert.True(delivered.IsSuccessStatusCode, $"webhook: {(int)delivered.StatusCode} {await delivered.Content.ReadAsStringAsync()}");
        var stored = (await admin.GetFromJsonAsync<JsonNode>("/api/ingest/deliveries?source=youtube-metrics"))!["items"]!.AsArray()
            .Single(d => (string?)d!["deliveryId"] == deliveryId)!;

        var source = await SendAsync(admin, HttpMethod.Post, "/api/ingest/platform-sources", new
        {
            clientProfileId = system.ProfileId,
            platform = "youtube",
            entityIds = new[] { PulledChannelId },
            credential = new { clientId = "web-tests.apps.googleusercontent.com", clientSecret = "GOCSPX-web-tests", refreshToken = "1//web-tests" },
        });
        var schedule = await SendAsync(admin, HttpMethod.Post, "/api/ingest/schedules", new
        {
            source = "youtube",
            sourceId = (Guid)source!["id"]!,
            cron = Cron,
            timeZone = TimeZone,
        });
        system.IngestSeeded = new Seeded(deliveryId, (Guid)stored["id"]!, (Guid)schedule!["id"]!);
    }

    private static async Task<JsonNode?> SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
