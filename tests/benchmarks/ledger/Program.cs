using AdFlux.Ledger.Benchmarks;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/ledger [-- events=20000 verify=1000000 rate=500 seconds=10]`.
var settings = BenchmarkSettings.Parse(args);
AdFlux.Testing.ServiceContentRoots.PointAt("ledger", "video");
var infrastructure = await AdFlux.Testing.TestInfrastructure.SharedAsync();
Console.WriteLine($"ledger benchmark on {Environment.ProcessorCount} cores, load average {BenchmarkSettings.LoadAverage()}");
await AppendBenchmark.RunAsync(infrastructure, settings.Events);
await CheckpointBenchmark.RunAsync(infrastructure, settings.Events);
await LatencyBenchmark.RunAsync(infrastructure, settings.Rate, settings.Seconds);
await VerifyBenchmark.RunAsync(infrastructure, settings.VerifyEvents);
