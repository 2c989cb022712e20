using System.Diagnostics;
using System.Globalization;
using AdFlux.Video.CutAnalysis;
using AdFlux.Video.Media;
using AdFlux.Video.Pipeline.Benchmark;
using FFMpegCore;

// Analysis + 3 clips × 3 variants through the video service's code against the bare ffmpeg commands
// doing the same work, step by step interleaved (order alternating) in one run, several repetitions.
// Usage: dotnet tests/benchmarks/video-pipeline/bin/Release/net10.0/AdFlux.Video.Pipeline.Benchmark.dll [seconds=180] [repetitions=3] [lengths=15,30,60]
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var seconds = int.Parse(settings.GetValueOrDefault("seconds", "180"), CultureInfo.InvariantCulture);
var repetitions = int.Parse(settings.GetValueOrDefault("repetitions", "3"), CultureInfo.InvariantCulture);
var lengths = settings.GetValueOrDefault("lengths", "15,30,60").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var folder = Path.Combine(Path.GetTempPath(), "adflux-video-pipeline-benchmark");
Directory.CreateDirectory(folder);
FfmpegSetup.Configure(Path.Combine(folder, "ffmpeg-temp"));
var source = await SourceMedia.MakeAsync(folder, seconds);
var calls = new CallLog(folder, FfmpegSetup.BinaryFolder);
GlobalFFOptions.Configure(new FFOptions { BinaryFolder = calls.Folder, TemporaryFilesFolder = Path.Combine(folder, "ffmpeg-temp") });
var duration = (await FFProbe.AnalyseAsync(source)).Duration.TotalSeconds;
using var service = new ServicePipeline(lengths);
Console.WriteLine($"video pipeline: {duration:0.#} s 1080p30 source, clip lengths {string.Join('/', lengths)} s, {repetitions} repetitions, " +
    $"{Environment.ProcessorCount} cores, load average {LoadAverage()}");

// Not counted: the proof that analysis decodes the source once, and the clips the repetitions render.
calls.Clear();
var proposals = await service.AnalyseAsync(source, Path.Combine(folder, "proof"), duration);
// FFMpegCore asks `ffmpeg -version` once per process before its first run; that decodes nothing.
var analysisCalls = calls.Calls().Where(c => c != "ffmpeg -version").ToList();
var decodes = analysisCalls.Count(c => c.StartsWith("ffmpeg ", StringComparison.Ordinal) && c.Contains(source, StringComparison.Ordinal));
var inputs = analysisCalls.Where(c => c.StartsWith("ffmpeg ", StringComparison.Ordinal)).Sum(c => c.Split(' ').Count(a => a == "-i"));
Console.WriteLine($"analysis: {analysisCalls.Count} process(es), {decodes} ffmpeg decode(s) of the source, {inputs} input(s) opened: " +
    (decodes == 1 && inputs == 1 && analysisCalls.Count == 1 ? "decoded once" : "NOT ONE DECODE"));
foreach (var call in analysisCalls)
{
    Console.WriteLine($"  {(call.Length > 160 ? call[..160] + "…" : call)}");
}
var clips = lengths.Select(l => proposals.Where(p => p.TargetSeconds == l).OrderBy(p => p.Rank).FirstOrDefault()).OfType<ProposedClip>()
    .Concat(proposals.OrderBy(p => p.Rank).ThenBy(p => p.TargetSeconds)).Distinct().Take(3).ToList();
Console.WriteLine($"clips: {string.Join(", ", clips.Select(c => $"{c.Start:0.##}–{c.End:0.##} s ({c.TargetSeconds} s rule)"))}");

var steps = new List<(string Name, Func<Task> Service, Func<Task> Bare)>
{
    ("analysis", () => service.AnalyseAsync(source, Path.Combine(folder, "s-analysis"), duration), () => BarePipeline.AnalyseAsync(source, Path.Combine(folder, "b-analysis"))),
};
steps.AddRange(clips.Select((c, i) => ($"clip {i + 1}", (Func<Task>)(() => service.RenderAsync(source, c, Path.Combine(folder, "s-render"))),
    (Func<Task>)(() => BarePipeline.RenderAsync(source, c, Path.Combine(folder, "b-render"))))));

var ratios = new List<double>();
Console.WriteLine("rep  service s  bare s  ratio  load");
for (var rep = 1; rep <= repetitions; rep++)
{
    double serviceSeconds = 0, bareSeconds = 0;
    var parts = new List<string>();
    for (var i = 0; i < steps.Count; i++)
    {
        // Back to back per step, the order alternating, so load from other processes falls on both sides alike.
        double s, b;
        if ((i + rep) % 2 == 0)
        {
            s = await Measure(steps[i].Service);
            b = await Measure(steps[i].Bare);
        }
        else
        {
            b = await Measure(steps[i].Bare);
            s = await Measure(steps[i].Service);
        }
        serviceSeconds += s;
        bareSeconds += b;
        parts.Add($"{steps[i].Name} {s:0.0}/{b:0.0}");
    }
    Console.WriteLine($"     service/bare s per step: {string.Join(", ", parts)}");
    ratios.Add(serviceSeconds / bareSeconds);
    Console.WriteLine($"{rep,3}  {serviceSeconds,9:0.0}  {bareSeconds,6:0.0}  {serviceSeconds / bareSeconds,5:0.000}  {LoadAverage()}");
}
var sorted = ratios.Order().ToList();
Console.WriteLine($"ratio p50 {sorted[(sorted.Count - 1) / 2]:0.000}, min {sorted[0]:0.000}, max {sorted[^1]:0.000} (target <= 1.15)");
return 0;

static async Task<double> Measure(Func<Task> work)
{
    var started = Stopwatch.GetTimestamp();
    await work();
    return Stopwatch.GetElapsedTime(started).TotalSeconds;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
