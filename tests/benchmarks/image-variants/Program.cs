using System.Diagnostics;
using System.Globalization;
using AdFlux.Ads.Creatives.Variants;
using AdFlux.ImageVariants.Benchmark;
using Microsoft.Extensions.Options;

// Image variants for N assets × 3 formats through ImageVariantRenderer against the same resizes done
// directly with SkiaSharp, interleaved asset by asset (order alternating) in one run so both see the same load.
// Usage: dotnet run -c Release --project tests/benchmarks/image-variants [-- assets=100 repetitions=5]
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
var count = settings.GetValueOrDefault("assets", 100);
var repetitions = settings.GetValueOrDefault("repetitions", 5);
var options = new VariantOptions();
var renderer = new ImageVariantRenderer(Options.Create(options));
var assets = Assets.Make(count);
Console.WriteLine($"image variants: {count} assets ({assets.Sum(a => a.Length) / 1024 / 1024} MiB of JPEG) × {VariantFormat.All.Count} formats, {repetitions} repetitions, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

// Warm-up: JIT, Skia's first-use setup, page cache.
Measure(() => Renderer(assets.Take(3)));
Measure(() => Direct(assets.Take(3)));

// Per asset, the two sides run back to back (order alternating), so a burst of load from other
// processes on this shared machine falls on both alike; each repetition sums the 100 assets.
var ratios = new List<double>();
Console.WriteLine("rep  renderer s  direct s  ratio");
for (var rep = 1; rep <= repetitions; rep++)
{
    double rendered = 0, direct = 0;
    for (var i = 0; i < assets.Count; i++)
    {
        var asset = assets[i];
        if ((i + rep) % 2 == 0)
        {
            rendered += Measure(() => Renderer([asset]));
            direct += Measure(() => Direct([asset]));
        }
        else
        {
            direct += Measure(() => Direct([asset]));
            rendered += Measure(() => Renderer([asset]));
        }
    }
    ratios.Add(rendered / direct);
    Console.WriteLine($"{rep,3}  {rendered,10:0.00}  {direct,8:0.00}  {rendered / direct,5:0.000}");
}
var sorted = ratios.Order().ToList();
Console.WriteLine($"ratio p50 {sorted[(sorted.Count - 1) / 2]:0.000}, min {sorted[0]:0.000}, max {sorted[^1]:0.000} (target <= 1.3)");
return 0;

long Renderer(IEnumerable<byte[]> sources) => sources.Sum(s => renderer.Render(s, VariantFormat.All, []).Sum(v => (long)v.Jpeg.Length));

long Direct(IEnumerable<byte[]> sources) => sources.Sum(s => DirectResize.Render(s, VariantFormat.All, options.JpegQuality));

static double Measure(Func<long> work)
{
    var started = Stopwatch.GetTimestamp();
    var bytes = work();
    GC.KeepAlive(bytes);
    return Stopwatch.GetElapsedTime(started).TotalSeconds;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
