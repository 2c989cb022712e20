using System.Diagnostics;
using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Runs one service: starts its process, polls <c>/health</c>, and when the process dies
/// restarts it on the same port after a <see cref="RestartBackoff"/> delay, counting restarts.
/// </summary>
public sealed class ServiceSupervisor(ServiceLaunch launch, Resource resource, string runDirectory, HealthProbe probe, Action<string> log)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly RestartBackoff _backoff = new();
    private readonly CancellationTokenSource _stopping = new();
    private ChildProcess? _process;
    private Task? _loop;

    public Resource Resource => resource;

    private string PidFile => PidFileOf(runDirectory, launch.Name);

    public static string PidFileOf(string runDirectory, string service) => Path.Combine(runDirectory, service + ".pid");

    public void Start()
    {
        resource.Url = launch.Url;
        _loop = Task.Run(() => SuperviseAsync(_stopping.Token));
    }

    /// <summary>Stops supervising, then the process (SIGTERM, killed after a grace period).</summary>
    public async Task StopAsync()
    {
        resource.State = ResourceState.Stopping;
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
        if (_process is not null)
        {
            await _process.StopAsync(StopGrace);
            await _process.DisposeAsync();
        }
        resource.State = ResourceState.Stopped;
        resource.Health = ResourceHealth.Unknown;
        resource.Pid = null;
    }

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (!File.Exists(launch.AssemblyPath))
            {
                resource.State = ResourceState.Failed;
                log($"{launch.Name}: {launch.AssemblyPath} not found; build the solution (dotnet build AppHost).");
                return;
            }
            resource.State = ResourceState.Starting;
            resource.Health = ResourceHealth.Unknown;
            _process = ChildProcess.Start(launch.Name, new ChildProcessSpec(DotnetHost, [launch.AssemblyPath])
            {
                Environment = launch.Environment,
                WorkingDirectory = launch.WorkingDirectory,
                PidFile = PidFile,
                Output = resource.Logs.Add,
            });
            resource.Pid = _process.Id;

            var healthyFor = await WatchUntilExitAsync(_process, stopping);
            if (stopping.IsCancellationRequested)
            {
                return;
            }
            _backoff.RecordHealthyFor(healthyFor);
            var delay = _backoff.Next();
            resource.State = ResourceState.Restarting;
            resource.Health = ResourceHealth.Unhealthy;
            resource.Pid = null;
            resource.CountRestart();
            var message = $"{launch.Name} exited with code {_process.ExitCode}; restarting in {delay.TotalSeconds:0.#} s (restart {resource.Restarts})";
            resource.Logs.Add("--- " + message + " ---");
            log(message);
            await _process.DisposeAsync();
            _process = null;
            try
            {
                await Task.Delay(delay, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>How long the process was continuously healthy before it exited.</returns>
    private async Task<TimeSpan> WatchUntilExitAsync(ChildProcess process, CancellationToken stopping)
    {
        Stopwatch? healthySince = null;
        var exited = process.WaitForExitAsync(CancellationToken.None);
        while (!exited.IsCompleted && !stopping.IsCancellationRequested)
        {
            ResourceHealth health;
            try
            {
                health = await probe.CheckAsync(launch.Url, stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (exited.IsCompleted || stopping.IsCancellationRequested)
            {
                break;
            }
            resource.Health = health;
            if (health == ResourceHealth.Healthy)
            {
                resource.State = ResourceState.Running;
                healthySince ??= Stopwatch.StartNew();
            }
            else
            {
                healthySince = null;
            }
            await Task.WhenAny(exited, Task.Delay(PollInterval, stopping));
        }
        return healthySince?.Elapsed ?? TimeSpan.Zero;
    }

    /// <summary>The dotnet host that runs us (set by the CLI for child processes), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
