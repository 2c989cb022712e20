using System.Globalization;

namespace AdFlux.Ledger.Benchmarks;

public sealed record BenchmarkSettings(int Events, int VerifyEvents, int Rate, int Seconds)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var values = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        return new(values.GetValueOrDefault("events", 20_000), values.GetValueOrDefault("verify", 1_000_000),
            values.GetValueOrDefault("rate", 500), values.GetValueOrDefault("seconds", 10));
    }

    /// <summary>WebApplicationFactory finds a service's content root from test-project metadata; a console app names it explicitly.</summary>
    public static void PointWebApplicationFactoryAtServices()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AdFlux.sln")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException("Run the benchmark from inside the AdFlux repository.");
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_LEDGER", Path.Combine(root.FullName, "services", "ledger"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_VIDEO", Path.Combine(root.FullName, "services", "video"));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
