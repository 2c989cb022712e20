using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// Every change of state, health or pid the orchestrator reports for a set of resources, with the
/// seconds since it started watching: when a recovery is slow, it says which phase took the time
/// (the exit noticed, the restart issued, the process running, healthy).
/// </summary>
public sealed class ResourceTimeline : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ResourceTimeline(DistributedApplication app, params string[] resources)
    {
        var watched = resources.ToHashSet();
        _watching = Task.Run(async () =>
        {
            var last = new Dictionary<string, string>();
            try
            {
                await foreach (var update in app.ResourceNotifications.WatchAsync(_stop.Token))
                {
                    if (!watched.Contains(update.Resource.Name))
                    {
                        continue;
                    }
                    var snapshot = update.Snapshot;
                    var pid = snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
                    var line = $"{snapshot.State?.Text} health={snapshot.HealthStatus?.ToString() ?? "-"} exit={snapshot.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-"} pid={pid ?? "-"}";
                    if (!last.TryGetValue(update.Resource.Name, out var previous) || previous != line)
                    {
                        last[update.Resource.Name] = line;
                        _lines.Enqueue($"{_clock.Elapsed.TotalSeconds,7:F1} s  {update.Resource.Name}: {line}");
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped by DisposeAsync.
            }
        });
    }

    public void Mark(string what) => _lines.Enqueue($"{_clock.Elapsed.TotalSeconds,7:F1} s  -- {what}");

    public override string ToString() => string.Join(Environment.NewLine, _lines);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
