using System.Globalization;
using System.Text;
using System.Text.Json;
using AdFlux.PlatformSandbox.YouTube;
using Microsoft.Extensions.Options;

namespace AdFlux.PlatformSandbox.Emit;

/// <summary>
/// Emit mode: every 1/<see cref="EmitOptions.PerSecond"/> seconds posts one YouTube channel's hourly
/// figures to <c>{TargetUrl}/webhooks/youtube-metrics</c> with a delivery id, signed when a secret is set.
/// A refused or failed post is logged and the next one still goes out on time.
/// </summary>
public sealed class WebhookEmitter(IHttpClientFactory clients, IOptions<EmitOptions> options, TimeProvider clock, ILogger<WebhookEmitter> logger) : BackgroundService
{
    public const string ClientName = "sandbox-emitter";
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.TargetUrl) || string.IsNullOrWhiteSpace(settings.ApiKey) || settings.PerSecond <= 0)
        {
            logger.LogWarning("Emit mode needs {Section}:TargetUrl, :ApiKey and a positive :PerSecond; not emitting", EmitOptions.Section);
            return;
        }
        var target = new Uri(new Uri(settings.TargetUrl.TrimEnd('/') + "/"), "webhooks/youtube-metrics");
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / settings.PerSecond), clock);
        var run = Guid.NewGuid().ToString("N")[..8];
        long sequence = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            sequence++;
            try
            {
                using var request = Delivery(settings, target, $"sandbox-{run}-{sequence}", sequence);
                using var response = await clients.CreateClient(ClientName).SendAsync(request, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _sent);
                }
                else
                {
                    logger.LogWarning("Emitted delivery {Sequence} was refused: {Status}", sequence, (int)response.StatusCode);
                }
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning("Emitting delivery {Sequence} failed: {Error}", sequence, ex.Message);
            }
        }
    }

    private HttpRequestMessage Delivery(EmitOptions settings, Uri target, string deliveryId, long sequence)
    {
        var now = clock.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var channel = settings.Channels[(int)(sequence % settings.Channels.Length)];
        var day = DateOnly.FromDateTime(hour.UtcDateTime);
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["channel_id"] = channel,
            ["period_start"] = hour.ToString("O", CultureInfo.InvariantCulture),
            ["period_end"] = hour.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            ["metrics"] = YouTubeApis.ReportMetrics.ToDictionary(m => m, m => YouTubeApis.DayValue(channel, m, day) / 24 + sequence % 7),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        request.Headers.Add("X-Delivery-Id", deliveryId);
        if (!string.IsNullOrWhiteSpace(settings.ClientProfileId))
        {
            request.Headers.Add("X-Client-Profile-Id", settings.ClientProfileId);
        }
        if (!string.IsNullOrWhiteSpace(settings.SigningSecret))
        {
            var timestamp = now.ToUnixTimeSeconds();
            request.Headers.Add("X-AdFlux-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-AdFlux-Signature", WebhookSigner.Sign(settings.SigningSecret, timestamp, body));
        }
        return request;
    }
}
