using System.Diagnostics;
using System.Globalization;
using AdFlux.MlDetection;
using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Faces;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using AdFlux.MlDetection.Ocr;
using AdFlux.MlDetection.Benchmarks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

// Per model: ms per image through the service's pipeline (decode, pre-process, gated inference,
// post-process) against the bare ONNX Runtime session on the same tensor, interleaved in one run
// so both see the same machine load; then the hosted API (see ApiBenchmark).
// Usage: AdFlux.MlDetection.Benchmarks [iterations] [photo] [api samples] [busy clients]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var apiSamples = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
var busyClients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
var root = FindRoot();
var photo = args.Length > 1 ? args[1] : Path.Combine(root, ".models", "test-photos", "darknet", "usr/share/darknet/data/dog.jpg");
if (!File.Exists(photo))
{
    Console.Error.WriteLine($"No photo at {photo}: run tests/AdFlux.MlDetection.Tests once (it extracts Debian's darknet samples) or pass a path.");
    return 2;
}
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = root, EnvironmentName = "Benchmark" });
services.AddSingleton(Options.Create(new MlDetectionOptions { ModelsPath = Path.Combine(root, ".models") }));
services.AddMlEngines();
services.AddSingleton<ImageAnalyzer>();
await using var provider = services.BuildServiceProvider();
var catalog = provider.GetRequiredService<ModelCatalog>();
await catalog.InitializeAsync(CancellationToken.None);
var bytes = await File.ReadAllBytesAsync(photo);
var decoder = provider.GetRequiredService<ImageDecoder>();
using var image = decoder.Decode(bytes, "image");
Console.WriteLine($"photo {Path.GetFileName(photo)} {image.Width}x{image.Height}, {iterations} iterations, intra-op threads {provider.GetRequiredService<IOptions<MlDetectionOptions>>().Value.IntraOpThreads}, provider {provider.GetRequiredService<SessionFactory>().Provider}");
Console.WriteLine("model            service p50/p99 ms   bare p50/p99 ms   ratio p50 (target <= 1.2)");

var thresholds = new DetectionThresholds(0.35f, 0.5f);
var nanodet = catalog.Require("nanodet-g");
var blazeface = catalog.Require("blazeface-back");
var (nanoInput, _) = ImageTensor.Stretch(image, 416, 416);
var nanoTensor = ImageTensor.ToChw(nanoInput, [0, 0, 0], [1, 1, 1]);
var (faceInput, _) = ImageTensor.Letterbox(image, 256, 256, SKColors.Black);
var faceTensor = ImageTensor.ToHwcSigned(faceInput);

// The service's path: ImageAnalyzer, as POST /api/ml/detect and /faces run it (decode, pre-process, gated inference, post-process).
var analyzer = provider.GetRequiredService<ImageAnalyzer>();
await CompareAsync("nanodet-g", async () =>
    (await analyzer.AnalyzeAsync(AnalysisKind.Objects, bytes, "image", nanodet, thresholds, CancellationToken.None)).Timings,
    catalog.Session(nanodet), nanoTensor, [1, 3, 416, 416]);
await CompareAsync("blazeface-back", async () =>
    (await analyzer.AnalyzeAsync(AnalysisKind.Faces, bytes, "image", blazeface, new DetectionThresholds(0.75f, 0.3f), CancellationToken.None)).Timings,
    catalog.Session(blazeface), faceTensor, [1, 256, 256, 3]);

// OCR is several sessions per image (detection, then angle and recognition per line): whole-image time only.
var ocr = provider.GetRequiredService<OcrReader>();
var ocrTimes = new List<double>();
for (var i = 0; i < Math.Max(5, iterations / 3); i++)
{
    var started = Stopwatch.GetTimestamp();
    using var decoded = decoder.Decode(bytes, "image");
    await ocr.ReadAsync(decoded, 0.6f, CancellationToken.None);
    ocrTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ppocr (det+cls+rec) {Percentiles.Of(ocrTimes, 0.5),8:F1} / {Percentiles.Of(ocrTimes, 0.99),-8:F1}   (no bare equivalent: one image is several sessions)"));

// Images per second through the batch path (one image after another behind the inference gate).
var batch = Stopwatch.StartNew();
for (var i = 0; i < iterations; i++)
{
    await analyzer.AnalyzeAsync(AnalysisKind.Objects, bytes, "image", nanodet, thresholds, CancellationToken.None);
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nanodet-g one after another (engine only): {iterations / batch.Elapsed.TotalSeconds:F2} images/s"));
await ApiBenchmark.RunAsync(root, bytes, apiSamples, busyClients);
return 0;

async Task CompareAsync(string name, Func<Task<Timings>> throughService, InferenceSession session, float[] tensor, long[] shape)
{
    var service = new List<double>();
    var bare = new List<double>();
    var stages = new List<Timings>();
    for (var i = 0; i < iterations + 3; i++)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await throughService();
        var serviceMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        using (var value = OrtValue.CreateTensorValueFromMemory(tensor, shape))
        using (var runOptions = new RunOptions())
        using (session.Run(runOptions, [session.InputNames[0]], [value], session.OutputNames))
        {
        }
        var bareMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (i >= 3)
        {
            service.Add(serviceMs);
            bare.Add(bareMs);
            stages.Add(result);
        }
    }
    var (s50, s99, b50, b99) = (Percentiles.Of(service, 0.5), Percentiles.Of(service, 0.99), Percentiles.Of(bare, 0.5), Percentiles.Of(bare, 0.99));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {s50,8:F1} / {s99,-8:F1}   {b50,7:F1} / {b99,-8:F1}  {s50 / b50,5:F2}x"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{"",16}   stage means: decode {stages.Average(r => r.DecodeMs):F1}, pre-process {stages.Average(r => r.PreprocessMs):F1}, inference (gated) {stages.Average(r => r.InferenceMs):F1}, post-process {stages.Average(r => r.PostprocessMs):F1}"));
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdFlux.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("AdFlux.sln not found");
}
