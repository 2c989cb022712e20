using System.Globalization;

namespace AdFlux.Insights.Benchmarks;

/// <summary>Sizes of a run, from <c>name=value</c> arguments.</summary>
public sealed record BenchmarkSettings(int Events, int Rounds, int Workers, int Profiles, int Days, int Uncached, int Cached)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var values = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        return new(
            values.GetValueOrDefault("events", 2000), values.GetValueOrDefault("rounds", 5), values.GetValueOrDefault("workers", 4),
            values.GetValueOrDefault("profiles", 50), values.GetValueOrDefault("days", 365),
            values.GetValueOrDefault("uncached", 30), values.GetValueOrDefault("cached", 200));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
