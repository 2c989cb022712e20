using AdFlux.Ads.Benchmarks;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/ads-metrics-sync [-- campaigns=1000 days=90 rounds=3]`.
var settings = BenchmarkSettings.Parse(args);
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORMSANDBOX",
    Path.Combine(AdFlux.Testing.RepositoryPaths.Root, "tests", "PlatformSandbox"));
var infrastructure = await AdFlux.Testing.TestInfrastructure.SharedAsync();
Console.WriteLine($"ads benchmark on {Environment.ProcessorCount} cores, load average {BenchmarkSettings.LoadAverage()}");
await SyncBenchmark.RunAsync(infrastructure, settings);
