using System.Globalization;

namespace AdFlux.Ads.Benchmarks;

/// <summary>Sizes of a run, from <c>name=value</c> arguments.</summary>
public sealed record BenchmarkSettings(int Campaigns, int Days, int Rounds)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var values = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        return new(values.GetValueOrDefault("campaigns", 1000), values.GetValueOrDefault("days", 90), values.GetValueOrDefault("rounds", 3));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
