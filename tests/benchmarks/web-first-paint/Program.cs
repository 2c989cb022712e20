using System.Diagnostics;
using System.Net.Http.Headers;
using AdFlux.Contracts.Ingest;
using AdFlux.Testing;
using AdFlux.Web.FirstPaint.Benchmark;
using AdFlux.Web.Tests.Support;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/web-first-paint [-- loads=20]`.
var loads = args.Select(a => a.Split('=')).Where(a => a[0] == "loads").Select(a => int.Parse(a[1], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(20).First();
ServiceContentRoots.PointAt("identity", "insights", "ledger", "ads", "ingest", "ml-detection", "video", "web");
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_GATEWAY", Path.Combine(RepositoryPaths.Root, "gateway"));
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORMSANDBOX", Path.Combine(RepositoryPaths.Root, "tests", "PlatformSandbox"));
Console.WriteLine($"web first-paint benchmark on {Environment.ProcessorCount} cores, load average {LoadAverage()}");

var system = new WebSystem();
await system.InitializeAsync();
try
{
    // A year of daily figures for five platforms of the viewer's client profile, through the broker as ingest sends them.
    string[] platforms = ["instagram", "tiktok", "facebook", "youtube", "spotify"];
    var year = new List<PlatformMetricsReceived>();
    for (var before = 0; before < 365; before++)
    {
        var start = new DateTimeOffset(system.LastDay.AddDays(-before).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var platform in platforms)
        {
            year.Add(system.Metric(system.ProfileId, platform, "account", $"{platform}-year", start,
                ("views", 1000 + before), ("likes", 50 + before % 7), ("comments", 5 + before % 3)));
        }
    }
    var seeding = Stopwatch.StartNew();
    await system.PublishAndWaitAsync(year);
    Console.WriteLine($"seeded {year.Count} daily events in {seeding.Elapsed.TotalSeconds:0.0} s");

    // Baseline: the one API call the page makes (the default period, 30 days), straight through the gateway.
    using var api = await system.ApiClientAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var path = AdFlux.Web.Dashboard.AnalyticsRequestPath.For(AdFlux.Web.Dashboard.ReportRange.Last30Days,
        AdFlux.Web.Dashboard.Platform.All.Select(p => p.Key).ToList(), null, today);
    var apiTimes = new List<double>();
    for (var i = 0; i < loads + 2; i++)
    {
        var clock = Stopwatch.StartNew();
        using var response = await api.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        if (i >= 2)
        {
            apiTimes.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    // The page: cold loads in fresh contexts, two uncounted warm-ups (JIT, first circuit).
    var state = await SignedInStateAsync(system);
    var pageTimes = new List<double>();
    var bytes = new List<long>();
    var phases = new List<double[]>();
    for (var i = 0; i < loads + 2; i++)
    {
        var (ms, transferred, phase) = await PageLoad.MeasureAsync(system.Browser, system.GatewayUrl, state, platforms.Length);
        if (i >= 2)
        {
            pageTimes.Add(ms);
            bytes.Add(transferred);
            phases.Add(phase);
        }
    }

    Console.WriteLine($"API baseline (GET {path.Split('?')[0]}, 30 days, 5 platforms) x{apiTimes.Count}: {Percentiles.Describe(apiTimes)}");
    Console.WriteLine($"client view first meaningful paint (navigation to every chart drawn) x{pageTimes.Count}: {Percentiles.Describe(pageTimes)}");
    Console.WriteLine($"ratio page/API at p50: {Percentiles.Of(pageTimes, 0.5) / Percentiles.Of(apiTimes, 0.5):0.0}; target p95 < 1000 ms: {(Percentiles.Of(pageTimes, 0.95) < 1000 ? "met" : "missed")}");
    string[] phaseNames = ["first contentful paint", "first byte", "last byte", "DOMContentLoaded", "load"];
    for (var p = 0; p < phaseNames.Length; p++)
    {
        Console.WriteLine($"  {phaseNames[p]}: {Percentiles.Describe(phases.Select(x => x[p]).ToList())}");
    }
    Console.WriteLine($"bytes on a cold first load: median {bytes.Order().ElementAt(bytes.Count / 2):N0} (min {bytes.Min():N0}, max {bytes.Max():N0})");
}
finally
{
    await system.DisposeAsync();
}
Console.WriteLine($"load average at the end {LoadAverage()}");
return 0;

static async Task<string> SignedInStateAsync(WebSystem system)
{
    var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword);
    var state = await page.Context.StorageStateAsync();
    await page.Context.CloseAsync();
    return state;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
