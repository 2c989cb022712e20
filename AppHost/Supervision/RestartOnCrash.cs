using System.Collections.Concurrent;
using AdFlux.AppHost.Resources.Local;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Supervision;

/// <summary>
/// Aspire does not restart a process that died: it stays Exited and its dependants wait. This
/// watcher restarts a service, PostgreSQL or RabbitMQ that exited with a non-zero code (a crash
/// or a kill; a stop from the dashboard exits cleanly and is left alone), through the
/// resource's own start command, after a delay that doubles while it keeps crashing.
/// </summary>
public sealed class RestartOnCrash(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    DistributedApplicationModel model,
    IHostApplicationLifetime lifetime,
    ILogger<RestartOnCrash> logger)
{
    private static readonly HashSet<string> ExitedStates = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    private readonly ConcurrentDictionary<string, Supervised> _supervised = new();

    /// <summary>Started before the orchestrator (hosted services start only once every resource has), until the AppHost stops.</summary>
    public Task Start() => Task.Run(() => WatchAsync(lifetime.ApplicationStopping));

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var watched = model.Resources.Where(r => r is ProjectResource or ExecutableResource).Select(r => r.Name).ToHashSet();
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (!watched.Contains(update.Resource.Name) || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                continue;
            }
            var supervised = _supervised.GetOrAdd(update.ResourceId, _ => new Supervised());
            var snapshot = update.Snapshot;
            if (supervised.LastSeen != (snapshot.State?.Text, snapshot.HealthStatus))
            {
                supervised.LastSeen = (snapshot.State?.Text, snapshot.HealthStatus);
                logger.LogDebug("{Resource}: {State} {Health}", update.Resource.Name, snapshot.State?.Text, snapshot.HealthStatus);
            }
            if (snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            {
                supervised.HealthySince ??= DateTimeOffset.UtcNow;
            }
            if (snapshot.State?.Text is { } state && ExitedStates.Contains(state) && snapshot.ExitCode is not (null or 0) && !supervised.Restarting)
            {
                supervised.Restarting = true;
                if (supervised.HealthySince is { } since)
                {
                    supervised.Backoff.RecordHealthyFor(DateTimeOffset.UtcNow - since);
                }
                supervised.HealthySince = null;
                var delay = supervised.Backoff.Next();
                supervised.Restarts++;
                logger.LogWarning("{Resource} exited with code {ExitCode}; restart {Restarts} in {Delay} s. Its last output:{NewLine}{Output}",
                    update.Resource.Name, snapshot.ExitCode, supervised.Restarts, delay.TotalSeconds, Environment.NewLine, await TailAsync(update.ResourceId));
                _ = RestartAsync(update.ResourceId, update.Resource.Name, supervised, delay, stoppingToken);
            }
        }
    }

    private async Task RestartAsync(string resourceId, string name, Supervised supervised, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("Restarting {Resource} failed: {Error}", name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping: nothing to restart.
        }
        finally
        {
            supervised.Restarting = false;
        }
    }

    private async Task<string> TailAsync(string resourceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var lines = new List<string>();
        try
        {
            await foreach (var batch in logs.GetAllAsync(resourceId).WithCancellation(timeout.Token))
            {
                lines.AddRange(batch.Select(line => line.Content));
            }
        }
        catch (OperationCanceledException)
        {
            // What arrived in time is enough.
        }
        return string.Join(Environment.NewLine, lines.TakeLast(12));
    }

    private sealed class Supervised
    {
        public RestartBackoff Backoff { get; } = new();

        public DateTimeOffset? HealthySince { get; set; }

        public bool Restarting { get; set; }

        public int Restarts { get; set; }

        public (string?, Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus?) LastSeen { get; set; }
    }
}
