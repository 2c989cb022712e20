using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using AdFlux.MlDetection.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.MlDetection.Benchmarks;

/// <summary>
/// The hosted service (real database and broker, in-memory HTTP): latency of the cheap endpoints
/// (GET /api/ml/models, GET /health) idle, while several clients keep POST /api/ml/detect busy, and
/// idle again, in one run; then images/s through the batch endpoint against single requests.
/// </summary>
public static class ApiBenchmark
{
    public static async Task RunAsync(string root, byte[] photo, int samples, int busyClients)
    {
        ServiceContentRoots.PointAt("ml-detection");
        var imageStore = Path.Combine(Path.GetTempPath(), "adflux-ml-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var infrastructure = await TestInfrastructure.SharedAsync();
        await using var resources = await infrastructure.IsolateAsync("mlbench");
        await using var host = new BenchHost(resources, root, imageStore);
        await host.Services.GetRequiredService<DatabaseState<MlDetectionDbContext>>().Migrated;
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(Guid.NewGuid()));
        for (var i = 0; i < 3; i++)
        {
            await DetectAsync(client, photo);
            await TimeAsync(client, "/api/ml/models");
        }

        // Idle and busy blocks alternate, so both see the same (shared, noisy) machine over the run.
        const int Rounds = 5;
        var idle = new Dictionary<string, List<double>> { ["/api/ml/models"] = [], ["/health"] = [] };
        var loaded = new Dictionary<string, List<double>> { ["/api/ml/models"] = [], ["/health"] = [] };
        var detectTimes = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            Merge(idle, await CheapAsync(client, samples / Rounds));
            using var stop = new CancellationTokenSource();
            var busy = Enumerable.Range(0, busyClients).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    await DetectAsync(client, photo);
                    lock (detectTimes)
                    {
                        detectTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            })).ToList();
            await Task.Delay(500);
            Merge(loaded, await CheapAsync(client, samples / Rounds));
            stop.Cancel();
            await Task.WhenAll(busy);
        }

        Console.WriteLine();
        Console.WriteLine($"API while {busyClients} clients keep POST /api/ml/detect busy vs idle ({Rounds} alternating blocks, {samples} requests each way per endpoint), ms:");
        Console.WriteLine("endpoint             idle p50 / p90 / p99 / max          busy p50 / p90 / p99 / max          p99 busy/idle (target <= 2)");
        foreach (var path in idle.Keys)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-20} {Spread(idle[path]),-35} {Spread(loaded[path]),-35} {Percentiles.Of(loaded[path], 0.99) / Percentiles.Of(idle[path], 0.99),5:F2}x"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POST /api/ml/detect meanwhile: {detectTimes.Count} requests, {Spread(detectTimes)}"));

        // Batching: the same eight images as one batch request and as eight single requests, alternated.
        const int Images = 8;
        var batchRates = new List<double>();
        var singleRates = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var started = Stopwatch.GetTimestamp();
            using (var content = new MultipartFormDataContent())
            {
                for (var i = 0; i < Images; i++)
                {
                    content.Add(new ByteArrayContent(photo), "images", "photo.jpg");
                }
                (await client.PostAsync("/api/ml/detect/batch", content)).EnsureSuccessStatusCode();
            }
            batchRates.Add(Images / Stopwatch.GetElapsedTime(started).TotalSeconds);
            started = Stopwatch.GetTimestamp();
            for (var i = 0; i < Images; i++)
            {
                await DetectAsync(client, photo);
            }
            singleRates.Add(Images / Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"images/s, {Images} per round, 3 rounds: batch endpoint {string.Join(" ", batchRates.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}; single requests {string.Join(" ", singleRates.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}"));
        if (Directory.Exists(imageStore))
        {
            Directory.Delete(imageStore, recursive: true);
        }
    }

    private static void Merge(Dictionary<string, List<double>> into, Dictionary<string, List<double>> from)
    {
        foreach (var (path, times) in from)
        {
            into[path].AddRange(times);
        }
    }

    private static async Task<Dictionary<string, List<double>>> CheapAsync(HttpClient client, int samples)
    {
        var times = new Dictionary<string, List<double>> { ["/api/ml/models"] = [], ["/health"] = [] };
        for (var i = 0; i < samples; i++)
        {
            foreach (var (path, list) in times)
            {
                list.Add(await TimeAsync(client, path));
            }
            await Task.Delay(20);
        }
        return times;
    }

    private static async Task<double> TimeAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task DetectAsync(HttpClient client, byte[] photo)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(photo), "image", "photo.jpg" } };
        using var response = await client.PostAsync("/api/ml/detect", content);
        response.EnsureSuccessStatusCode();
    }

    private static string Spread(IReadOnlyList<double> ms) => string.Create(CultureInfo.InvariantCulture,
        $"{Percentiles.Of(ms, 0.5):F1} / {Percentiles.Of(ms, 0.9):F1} / {Percentiles.Of(ms, 0.99):F1} / {ms.Max():F1}");
}
