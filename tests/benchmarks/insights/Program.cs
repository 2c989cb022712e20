using AdFlux.Insights.Benchmarks;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/insights [-- events=2000 rounds=5 workers=4 profiles=50 days=365 uncached=30 cached=200]`.
var settings = BenchmarkSettings.Parse(args);
AdFlux.Testing.ServiceContentRoots.PointAt("insights");
var infrastructure = await AdFlux.Testing.TestInfrastructure.SharedAsync();
Console.WriteLine($"insights benchmark on {Environment.ProcessorCount} cores, load average {BenchmarkSettings.LoadAverage()}");
await IngestBenchmark.RunAsync(infrastructure, settings);
await AnalyticsBenchmark.RunAsync(infrastructure, settings);
Console.WriteLine($"load average at the end {BenchmarkSettings.LoadAverage()}");
