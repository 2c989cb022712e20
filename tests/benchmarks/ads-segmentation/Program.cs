using System.Diagnostics;
using AdFlux.Ads.Candidates;
using Microsoft.Extensions.Options;

// Segmentation of N candidates (default 100,000) encoded as 20 features, with the k search 2..8,
// against the same run's baseline: one K-means fit at the chosen k (what a fixed k would cost).
// Usage: dotnet run -c Release --project tests/benchmarks/ads-segmentation [candidates]
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var random = new Random(11);
string[] locations = ["Madrid", "Barcelona", "Valencia", "Sevilla"];
string[] skills = ["react", "java", "sales"];
var candidates = Enumerable.Range(0, count).Select(i =>
{
    var kind = random.Next(4);
    return new Candidate
    {
        Id = Guid.CreateVersion7(),
        Skills = [skills[kind % 3]],
        YearsOfExperience = kind * 4 + random.NextDouble() * 3,
        Location = locations[kind],
        EducationLevel = EducationLevels.All[1 + kind],
        DesiredSalary = 25_000 + kind * 20_000 + random.Next(5_000),
        Availability = Availabilities.All[kind],
    };
}).ToList();
Console.WriteLine($"{count} candidates × {CandidateFeatures.Fit(candidates).Dimension} features");

var full = new CandidateSegmenter(Options.Create(new SegmentationOptions()));
var fixedK = (int k) => new CandidateSegmenter(Options.Create(new SegmentationOptions { MinK = k, MaxK = k }));
fixedK(2).Segment(candidates[..1_000]); // warm-up: JIT and ML.NET's first load

GC.Collect();
var clock = Stopwatch.StartNew();
var result = full.Segment(candidates);
var search = clock.Elapsed.TotalSeconds;
var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
clock.Restart();
fixedK(result.K).Segment(candidates);
var single = clock.Elapsed.TotalSeconds;

Console.WriteLine($"k search 2..8: {search:F1} s, chose k={result.K} (silhouette {result.Silhouette:F3}: {string.Join(", ", result.SilhouetteByK.Select(p => $"{p.Key}→{p.Value:F3}"))})");
Console.WriteLine($"baseline, one fit at k={result.K}: {single:F1} s; ratio {search / single:F1}×");
Console.WriteLine($"peak working set: {peak:F0} MiB");
