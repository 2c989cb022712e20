using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdFlux.Ingest.Meta;
using AdFlux.Ingest.Webhooks;

namespace AdFlux.Ingest.Tests;

/// <summary>Builders of webhook bodies and signed requests.</summary>
public static class Payloads
{
    public static object YouTube(string channelId, string? videoId = null, double views = 1200, DateTimeOffset? start = null) => new Dictionary<string, object?>
    {
        ["channel_id"] = channelId,
        ["video_id"] = videoId,
        ["period_start"] = (start ?? new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)).ToString("O"),
        ["period_end"] = (start ?? new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)).AddDays(1).ToString("O"),
        ["metrics"] = new Dictionary<string, double> { ["views"] = views, ["likes"] = 87, ["watch_time_minutes"] = 3400.5 },
    };

    public static StringContent Json(object payload) => Raw(JsonSerializer.Serialize(payload));

    public static StringContent Raw(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static HttpRequestMessage Post(string path, string body, string? deliveryId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Raw(body) };
        if (deliveryId is not null)
        {
            request.Headers.Add(WebhookIntake.DeliveryIdHeader, deliveryId);
        }
        return request;
    }

    public static HttpRequestMessage Signed(string path, string body, string secret, DateTimeOffset? at = null)
    {
        var request = Post(path, body);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage MetaSigned(string body, string appSecret)
    {
        var request = Post("/webhooks/meta", body);
        request.Headers.Add(MetaSignature.Header, MetaSignature.Sign(appSecret, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static string ServiceAccountJson(string clientEmail = "adflux-sheets@sandbox.iam.gserviceaccount.com")
    {
        using var rsa = RSA.Create(2048);
        return JsonSerializer.Serialize(new
        {
            type = "service_account",
            client_email = clientEmail,
            private_key_id = "key-1",
            private_key = rsa.ExportPkcs8PrivateKeyPem(),
        });
    }

    public static object YouTubeSource(Guid clientProfileId, string channelId, string refreshToken = "1//sandbox-refresh", string[]? videoIds = null) => new
    {
        clientProfileId,
        platform = "youtube",
        entityIds = new[] { channelId },
        videoIds = videoIds ?? [],
        credential = new { clientId = "adflux-oauth-client", clientSecret = "oauth-secret", refreshToken },
    };

    public static object SpotifySource(Guid clientProfileId, string artistId, string clientId = "spotify-app") => new
    {
        clientProfileId,
        platform = "spotify",
        entityIds = new[] { artistId },
        credential = new { clientId, clientSecret = "spotify-secret" },
    };

    public static string NewAccountId() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
