using System.Globalization;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Ledger.Tests;
using AdFlux.Recovery.Benchmark;
using AdFlux.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Not run by CI: `dotnet run -c Release --project tests/benchmarks/recovery [-- restarts=20 quiet=5 burst=500]`.
var settings = args.Select(arg => arg.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
var restarts = settings.GetValueOrDefault("restarts", 20);
var quiet = settings.GetValueOrDefault("quiet", 5);
var burst = settings.GetValueOrDefault("burst", 500);
var deadline = TimeSpan.FromSeconds(120);
ServiceContentRoots.PointAt("ledger", "video");

var directory = Path.Combine(Path.GetTempPath(), $"adflux-recovery-bench-{Guid.NewGuid():N}");
var rabbit = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(directory), _ => { });
try
{
    await using var messaging = await Messaging.CreateAsync(rabbit.ConnectionString);
    var ledgerLog = new RecentWarnings();
    await messaging.StartLedgerAsync(services => services.AddSingleton<ILoggerProvider>(ledgerLog));
    var rounds = new BrokerRestarts(rabbit, messaging, messaging.Video());
    await Eventually.WaitAsync(rounds.EveryLedgerQueueHasAConsumerAsync, attached => attached);
    Console.WriteLine($"recovery benchmark on {Environment.ProcessorCount} cores; burst {burst} events per restart; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

    var baseline = await RunAsync("quiet (baseline)", quiet, burner: false);
    var contended = await RunAsync("CPU contention", restarts, burner: true);
    Console.WriteLine();
    Console.WriteLine($"p50 ratio contended/quiet: attach {Ratio(contended.Attach, baseline.Attach, 0.5)}, burst {Ratio(contended.Burst, baseline.Burst, 0.5)}");
    var failed = contended.Failed + baseline.Failed;
    var over30 = contended.Attach.Concat(baseline.Attach).Count(t => t > 30);
    Console.WriteLine(failed == 0 && over30 == 0
        ? "target met: every endpoint consuming again within 30 s after every restart"
        : $"target MISSED: {failed} restart(s) never recovered within {deadline.TotalSeconds} s, {over30} took over 30 s");
    return failed == 0 && over30 == 0 ? 0 : 1;

    async Task<Series> RunAsync(string name, int count, bool burner)
    {
        Console.WriteLine();
        Console.WriteLine($"{name}: {count} restarts");
        using var load = burner ? CpuBurner.Start() : null;
        var attach = new List<double>();
        var recorded = new List<double>();
        var failures = 0;
        for (var i = 1; i <= count; i++)
        {
            var round = await rounds.RestartOnceAsync(burst, deadline);
            Console.WriteLine($"  #{i,2}: consumers attached {Seconds(round.ConsumersAttachedAfter)}, burst recorded {Seconds(round.BurstRecordedAfter)} ({round.Rows}/{round.Published} rows)");
            if (!round.Recovered)
            {
                failures++;
                Console.WriteLine(ledgerLog.Describe(8));
                continue;
            }
            attach.Add(round.ConsumersAttachedAfter!.Value.TotalSeconds);
            recorded.Add(round.BurstRecordedAfter!.Value.TotalSeconds);
        }
        Console.WriteLine($"  consumers attached after restart: {Summary(attach)}");
        Console.WriteLine($"  whole burst recorded after restart: {Summary(recorded)}");
        return new Series(attach, recorded, failures);
    }
}
finally
{
    await rabbit.DisposeAsync();
    Directory.Delete(directory, recursive: true);
}

static string Seconds(TimeSpan? elapsed) => elapsed is { } value ? $"{value.TotalSeconds,6:F1} s" : "  never";

static string Summary(List<double> seconds) => seconds.Count == 0
    ? "no recovery"
    : $"p50 {Percentile(seconds, 0.5):F1} s, p99 {Percentile(seconds, 0.99):F1} s, min {seconds.Min():F1} s, max {seconds.Max():F1} s (n={seconds.Count})";

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Ratio(List<double> contended, List<double> quiet, double p) =>
    contended.Count == 0 || quiet.Count == 0 ? "n/a" : $"{Percentile(contended, p) / Percentile(quiet, p):F2}x";
