using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AdFlux.AppHost.Infrastructure;
using AdFlux.AppHost.Orchestration;
using AdFlux.ServiceDefaults;

namespace AdFlux.Testing;

/// <summary>
/// The whole system started the way a developer starts it: the built AppHost as a child
/// process, on a temporary data folder, watched through its dashboard's <c>/api/resources</c>.
/// Gives tests an <see cref="HttpClient"/> on the gateway. Disposing stops it with SIGINT and
/// kills whatever is left, so a failing test leaves nothing running.
/// </summary>
public sealed partial class AdFluxSystem : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Process _appHost;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _dashboard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient _dashboardClient = new() { Timeout = TimeSpan.FromSeconds(10) };
    private IReadOnlyList<ProcessInfo> _lastKnownDescendants = [];

    private AdFluxSystem(Process appHost, string dataDirectory)
    {
        _appHost = appHost;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public int AppHostPid => _appHost.Id;

    public Uri DashboardUrl => _dashboard.Task.Result;

    /// <summary>From starting the AppHost process to every resource healthy.</summary>
    public TimeSpan TimeToHealthy { get; private set; }

    public HttpClient Gateway { get; private set; } = null!;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public static async Task<AdFluxSystem> StartAsync(AdFluxSystemOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AdFluxSystemOptions();
        var layout = RepositoryLayout.FromBuild();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "adflux-e2e-" + Guid.NewGuid().ToString("N")[..10]);

        // env resets SIGINT to its default: a test host started in the background may ignore it,
        // and an ignored SIGINT is inherited and respected by .NET, so Ctrl+C could not be tested.
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = layout.Root,
        };
        foreach (var argument in (string[])["--default-signal=INT", DotnetHost, layout.AppHostAssemblyPath,
            "--data", dataDirectory, "--dashboard-port", "0", "--gateway-port", options.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            info.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var system = new AdFluxSystem(process, dataDirectory);
        process.OutputDataReceived += (_, e) => system.Record(e.Data);
        process.ErrorDataReceived += (_, e) => system.Record(e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => system.KillEverything();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            await system.WaitUntilAllHealthyAsync(timeout.Token);
            system.TimeToHealthy = clock.Elapsed;
            var gateway = (await system.GetResourcesAsync(cancellationToken)).Single(r => r.Name == ResourceNames.Gateway);
            system.Gateway = new HttpClient { BaseAddress = new Uri(gateway.Url!) };
            return system;
        }
        catch (Exception ex)
        {
            var output = string.Join(Environment.NewLine, system.Output.TakeLast(60));
            await system.DisposeAsync();
            throw new InvalidOperationException($"AdFlux did not become healthy ({ex.Message}). AppHost output:{Environment.NewLine}{output}", ex);
        }
    }

    public async Task<IReadOnlyList<ResourceSnapshot>> GetResourcesAsync(CancellationToken cancellationToken = default)
    {
        var dashboard = await _dashboard.Task.WaitAsync(cancellationToken);
        return await _dashboardClient.GetFromJsonAsync<ResourceSnapshot[]>(new Uri(dashboard, "/api/resources"), Json, cancellationToken) ?? [];
    }

    public async Task<IReadOnlyList<string>> GetLogsAsync(string resource, CancellationToken cancellationToken = default)
    {
        var dashboard = await _dashboard.Task.WaitAsync(cancellationToken);
        return await _dashboardClient.GetFromJsonAsync<string[]>(new Uri(dashboard, $"/api/resources/{resource}/logs"), Json, cancellationToken) ?? [];
    }

    /// <summary>Polls the dashboard until <paramref name="condition"/> holds for the resource table; throws on timeout or if the AppHost exits.</summary>
    public async Task<IReadOnlyList<ResourceSnapshot>> WaitUntilAsync(Func<IReadOnlyList<ResourceSnapshot>, bool> condition, CancellationToken cancellationToken)
    {
        IReadOnlyList<ResourceSnapshot> resources = [];
        while (true)
        {
            if (_appHost.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with code {_appHost.ExitCode}.");
            }
            if (_dashboard.Task.IsCompleted)
            {
                try
                {
                    resources = await GetResourcesAsync(cancellationToken);
                    _lastKnownDescendants = ProcessTable.DescendantsOf(_appHost.Id);
                    if (condition(resources))
                    {
                        return resources;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // Dashboard not listening yet, or slow to answer on a busy machine.
                }
            }
            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("Last resource table: " + string.Join("; ", resources.Select(r => $"{r.Name} {r.State} {r.Health} restarts={r.Restarts}")));
            }
        }
    }

    public Task WaitUntilAllHealthyAsync(CancellationToken cancellationToken) =>
        WaitUntilAsync(resources => resources.Count > 0 && resources.All(IsHealthy), cancellationToken);

    public static bool IsHealthy(ResourceSnapshot resource) =>
        resource.State is ResourceState.Running or ResourceState.External && resource.Health == ResourceHealth.Healthy;

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal would, and waits for the AppHost to exit.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        Posix.Signal(_appHost.Id, Posix.SigInt);
        using var cts = new CancellationTokenSource(timeout);
        await _appHost.WaitForExitAsync(cts.Token);
        return _appHost.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        _dashboardClient.Dispose();
        if (!_appHost.HasExited)
        {
            try
            {
                await InterruptAsync(TimeSpan.FromSeconds(60));
            }
            catch (OperationCanceledException)
            {
                // Stuck: killed below.
            }
        }
        KillEverything();
        _appHost.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; it is under the temp folder.
        }
    }

    /// <summary>Last resort (test host exiting, or a stuck stop): kill the AppHost and everything it started.</summary>
    private void KillEverything()
    {
        var appHost = ProcessTable.Find(SafeId());
        var survivors = (appHost is null ? [] : ProcessTable.DescendantsOf(appHost.Pid).Prepend(appHost))
            .Concat(_lastKnownDescendants)
            .Concat(ProcessTable.All().Where(p => p.CommandLine.Contains(DataDirectory, StringComparison.Ordinal)))
            .Where(p => p.IsAlive)
            .DistinctBy(p => p.Pid)
            .ToList();
        foreach (var process in survivors)
        {
            Posix.Signal(process.Pid, Posix.SigKill);
        }
    }

    private int SafeId()
    {
        try
        {
            return _appHost.HasExited ? -1 : _appHost.Id;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Add(line);
        }
        if (!_dashboard.Task.IsCompleted && DashboardLine().Match(line) is { Success: true } match)
        {
            _dashboard.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static string DotnetHost =>
        Environment.ProcessPath is { } path && Path.GetFileName(path) == "dotnet" ? path : "dotnet";

    [GeneratedRegex(@"Dashboard: (http://\S+)")]
    private static partial Regex DashboardLine();
}
