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

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
