using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Webhooks;

namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>
/// Closed loop: <c>connections</c> senders each post signed YouTube deliveries (a fresh delivery id and
/// channel each, so none is a repeat) back to back for the run's length, timing each request.
/// </summary>
public static class LoadRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<LoadResult> RunAsync(string name, Uri target, string token, string secret, int connections, TimeSpan length, bool readReceipts)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var accepted = new ConcurrentBag<Guid>();
        var latencies = new ConcurrentBag<double>();
        var others = new ConcurrentDictionary<int, int>();
        var errors = 0;
        var acceptedCount = 0;
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + length;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < until; i++)
            {
                var body = Body($"UC-bench-{run}-{sender}-{i}");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/youtube-metrics") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add(WebhookIntake.DeliveryIdHeader, $"bench-{run}-{sender}-{i}");
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        if (readReceipts)
                        {
                            accepted.Add((await response.Content.ReadFromJsonAsync<WebhookReceipt>(Json))!.DeliveryId);
                        }
                        Interlocked.Increment(ref acceptedCount);
                    }
                    else
                    {
                        others.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    }
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        clock.Stop();
        return new LoadResult(name, clock.Elapsed, [.. accepted], acceptedCount, others, errors, [.. latencies.Order()]);
    }

    private static byte[] Body(string channel) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        channel_id = channel,
        period_start = "2026-11-01T00:00:00Z",
        period_end = "2026-11-02T00:00:00Z",
        metrics = new { views = 1200, likes = 87, watch_time_minutes = 3400.5 },
    }));
}
