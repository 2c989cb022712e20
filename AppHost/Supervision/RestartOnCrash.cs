using AdFlux.AppHost.Resources.Local;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Supervision;

/// <summary>
/// Aspire does not restart a process that died: it stays Exited and its dependants wait. This
/// watcher restarts a service, PostgreSQL or RabbitMQ that exited with a non-zero code (a crash
/// or a kill; a stop from the dashboard exits cleanly and is left alone), through the
/// resource's own start command, after a delay that doubles while it keeps crashing.
/// </summary>
/// <remarks>
/// It looks at every resource's current state each second rather than reacting to a single
/// notification: a start command that fails, hangs or is swallowed by the orchestrator (seen
/// once in CI: a killed service stayed Finished for 10 minutes) is simply tried again, with
/// the same backoff, for as long as the resource stays down.
/// </remarks>
public sealed class RestartOnCrash(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    DistributedApplicationModel model,
    IHostApplicationLifetime lifetime,
    ILogger<RestartOnCrash> logger)
{
    private static readonly HashSet<string> ExitedStates = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(1);

    /// <summary>How long one start command may take before it is given up and tried again.</summary>
    private static readonly TimeSpan StartAttemptWithin = TimeSpan.FromMinutes(2);

    /// <summary>After a start command returns, how long the orchestrator gets to report the resource starting.</summary>
    private static readonly TimeSpan LeaveExitedWithin = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _clock = TimeProvider.System;

    /// <summary>Started before the orchestrator (hosted services start only once every resource has), until the AppHost stops.</summary>
    public Task Start() => Task.Run(() => WatchAsync(lifetime.ApplicationStopping));

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var supervised = model.Resources.Where(r => r is ProjectResource or ExecutableResource)
            .ToDictionary(r => r.Name, r => new Supervised(r.Name));
        using var timer = new PeriodicTimer(Sweep, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var resource in supervised.Values)
                {
                    if (notifications.TryGetCurrentState(resource.Name, out var current))
                    {
                        Observe(resource, current, stoppingToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping: nothing more to restart.
        }
    }

    private void Observe(Supervised resource, ResourceEvent current, CancellationToken stoppingToken)
    {
        var snapshot = current.Snapshot;
        var now = _clock.GetUtcNow();
        if (snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy)
        {
            resource.HealthySince ??= now;
        }
        // A restart the orchestrator could not carry out ends FailedToStart, perhaps with no exit code.
        var crashed = snapshot.State?.Text is { } state && ExitedStates.Contains(state)
            && (snapshot.ExitCode is not (null or 0) || (state == KnownResourceStates.FailedToStart && resource.Restarts > 0));
        if (!crashed)
        {
            resource.RestartDueAt = null;
            return;
        }
        if (resource.Attempt is { IsCompleted: false } || now < resource.QuietUntil)
        {
            return;
        }
        if (resource.RestartDueAt is null)
        {
            if (resource.HealthySince is { } since)
            {
                resource.Backoff.RecordHealthyFor(now - since);
            }
            resource.HealthySince = null;
            var delay = resource.Backoff.Next();
            resource.RestartDueAt = now + delay;
            resource.Restarts++;
            logger.LogWarning("{Resource} is {State} with exit code {ExitCode}; restart {Restarts} in {Delay} s",
                resource.Name, snapshot.State?.Text, snapshot.ExitCode, resource.Restarts, delay.TotalSeconds);
            _ = LogTailAsync(current.ResourceId, resource.Name);
            return;
        }
        if (now >= resource.RestartDueAt)
        {
            resource.RestartDueAt = null;
            resource.Attempt = StartAsync(current.ResourceId, resource, stoppingToken);
        }
    }

    private async Task StartAsync(string resourceId, Supervised resource, CancellationToken stoppingToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        attempt.CancelAfter(StartAttemptWithin);
        try
        {
            logger.LogInformation("Starting {Resource} again", resource.Name);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, attempt.Token);
            if (result.Success)
            {
                resource.QuietUntil = _clock.GetUtcNow() + LeaveExitedWithin;
            }
            else
            {
                logger.LogError("Starting {Resource} failed: {Error}; it is tried again", resource.Name, result.Message);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError("Starting {Resource} did not finish within {Seconds} s; it is tried again", resource.Name, StartAttemptWithin.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping: nothing to restart.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Starting {Resource} threw; it is tried again", resource.Name);
        }
    }

    private async Task LogTailAsync(string resourceId, string name)
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
        logger.LogWarning("{Resource}'s last output:{NewLine}{Output}", name, Environment.NewLine, string.Join(Environment.NewLine, lines.TakeLast(12)));
    }

    private sealed class Supervised(string name)
    {
        public string Name { get; } = name;

        public RestartBackoff Backoff { get; } = new();

        public DateTimeOffset? HealthySince { get; set; }

        public DateTimeOffset? RestartDueAt { get; set; }

        public DateTimeOffset QuietUntil { get; set; }

        public Task? Attempt { get; set; }

        public int Restarts { get; set; }
    }
}
