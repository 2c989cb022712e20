using System.Diagnostics;
using AdFlux.AppHost.Dashboard;
using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Brings AdFlux up in order (prerequisites, dashboard, PostgreSQL and RabbitMQ, databases,
/// services), keeps it running until Ctrl+C or SIGTERM, then stops it in reverse order:
/// services, RabbitMQ, PostgreSQL.
/// </summary>
public sealed class Orchestrator(AppHostOptions options, RepositoryLayout layout, ConsoleView view, IReadOnlyList<Resource> resources, BackingServices backing)
{
    private readonly PortAllocator _ports = new();
    private readonly HealthProbe _probe = new();
    private readonly List<ServiceSupervisor> _supervisors = [];
    private readonly Stopwatch _uptime = Stopwatch.StartNew();
    private WebApplication? _dashboard;
    private Task _rabbitMqStart = Task.CompletedTask;

    private string DataDirectory => Path.GetFullPath(options.DataDirectory ?? layout.DefaultDataDirectory);

    public static async Task<int> RunAsync(AppHostOptions options)
    {
        using var shutdown = new ShutdownSignal();
        var backing = BackingServices.Describe();
        IReadOnlyList<Resource> resources = [backing.PostgresResource, backing.MessagingResource,
            .. ResourceNames.Services.Select(name => new Resource(name, "service")), new Resource(ResourceNames.Gateway, "gateway")];
        await using var view = new ConsoleView(resources);
        var orchestrator = new Orchestrator(options, RepositoryLayout.FromBuild(), view, resources, backing);
        try
        {
            await orchestrator.RunUntilStoppedAsync(shutdown.Token);
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.Token.IsCancellationRequested)
        {
            return 0;
        }
        catch (PrerequisiteMissingException ex)
        {
            view.Log(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or Npgsql.NpgsqlException)
        {
            view.Log($"AdFlux could not start: {ex.Message}");
            return 1;
        }
        finally
        {
            await orchestrator.StopAsync();
        }
    }

    private async Task RunUntilStoppedAsync(CancellationToken stopping)
    {
        await Prerequisites.EnsureAsync(NeededPrerequisites(), view.Log, stopping);
        var data = await PrepareDataDirectoryAsync();
        var runDirectory = Directory.CreateDirectory(Path.Combine(data, "run")).FullName;
        view.Log($"AdFlux AppHost: data in {data}");

        var dashboardPort = _ports.Take(options.DashboardPort, (wanted, used) => view.Log($"Port {wanted} is taken; the dashboard uses {used}"));
        var gatewayPort = _ports.Take(options.GatewayPort, (wanted, used) => view.Log($"Port {wanted} is taken; the gateway uses {used}"));
        _dashboard = await DashboardServer.StartAsync(dashboardPort, resources, stopping);
        view.Log($"Dashboard: http://127.0.0.1:{dashboardPort}");
        view.Log($"Gateway: http://127.0.0.1:{gatewayPort}");
        view.Start();

        // Both servers boot side by side, but services wait for both: started while the broker
        // boots, they starve it of CPU on a small machine and then wait out MassTransit's
        // reconnect backoff (measured: 75 s to healthy instead of 30 s on 2 busy cores).
        var messaging = backing.PlanMessaging(_ports);
        _rabbitMqStart = backing.StartRabbitMqAsync(data, view.Log, stopping);
        await backing.StartPostgresAsync(data, view.Log, stopping);
        await Task.WhenAll(ResourceNames.Services.Select(service => backing.Databases.EnsureDatabaseAsync(ResourceNames.DatabaseOf(service), stopping)));
        await _rabbitMqStart;

        view.Log($"Databases and broker ready; starting {ResourceNames.Services.Count} services and the gateway");
        var login = AdminLogin.LoadOrCreate(data);
        var launches = ServicePlan.Create(layout, _ports, gatewayPort, backing.Databases, messaging, LocalSecrets.ServiceSettings(data, login));
        foreach (var launch in launches)
        {
            var supervisor = new ServiceSupervisor(launch, resources.Single(r => r.Name == launch.Name), runDirectory, _probe, view.Log);
            _supervisors.Add(supervisor);
            supervisor.Start();
        }

        await WaitUntilAllHealthyAsync(stopping);
        view.Log($"All {resources.Count} resources healthy {_uptime.Elapsed.TotalSeconds:0.0} s after start. Ctrl+C stops everything.");
        view.Log(login.IsNew
            ? $"Admin login (shown once, kept in {Path.Combine(data, AdminLogin.FileName)}): {login.Email} / {login.Password} at http://127.0.0.1:{gatewayPort}"
            : $"Admin login: {login.Email} at http://127.0.0.1:{gatewayPort}; password in {Path.Combine(data, AdminLogin.FileName)}");

        while (!stopping.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), stopping);
            await backing.RefreshHealthAsync(stopping);
        }
    }

    private async Task WaitUntilAllHealthyAsync(CancellationToken stopping)
    {
        while (true)
        {
            await backing.RefreshHealthAsync(stopping);
            if (resources.All(r => r.IsHealthy))
            {
                return;
            }
            if (resources.FirstOrDefault(r => r.State == ResourceState.Failed) is { } failed)
            {
                view.Log($"{failed.Name} failed; the rest keeps running. See its logs on the dashboard.");
                return;
            }
            await Task.Delay(250, stopping);
        }
    }

    /// <summary>
    /// First stops whatever an AppHost that was killed outright left running on this folder
    /// (services still hold their ports, the gateway's too), then wipes it for <c>--fresh</c>.
    /// </summary>
    private async Task<string> PrepareDataDirectoryAsync()
    {
        var data = DataDirectory;
        var runDirectory = Path.Combine(data, "run");
        foreach (var service in ResourceNames.Services.Append(ResourceNames.Gateway))
        {
            ChildProcess.KillLeftover(ServiceSupervisor.PidFileOf(runDirectory, service), layout.AssemblyPath(service));
        }
        EmbeddedRabbitMq.KillLeftovers(Path.Combine(data, "rabbitmq"));
        if (options.Fresh && Directory.Exists(data))
        {
            await EmbeddedPostgres.StopLeftoverOnAsync(Path.Combine(data, "postgres"));
            EmbeddedPostgres.DeleteData(Path.Combine(data, "postgres"));
            Directory.Delete(data, recursive: true);
        }
        Directory.CreateDirectory(data);
        return data;
    }

    private static IEnumerable<Prerequisite> NeededPrerequisites()
    {
        if (BackingServices.ExternalPostgres is null)
        {
            yield return Prerequisites.PostgreSql;
        }
        if (BackingServices.ExternalMessaging is null)
        {
            yield return Prerequisites.RabbitMq;
        }
        yield return Prerequisites.Ffmpeg;
        yield return Prerequisites.Node;
    }

    /// <summary>Services first (all at once), then RabbitMQ, then PostgreSQL, then the dashboard.</summary>
    private async Task StopAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        if (_supervisors.Count > 0)
        {
            view.Log("Stopping services…");
            await Task.WhenAll(_supervisors.Select(s => s.StopAsync()));
        }
        try
        {
            await _rabbitMqStart;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Start-up was cut short (Ctrl+C, or PostgreSQL failed): the node cleaned up after itself.
        }
        await backing.DisposeAsync();
        if (_dashboard is not null)
        {
            await _dashboard.StopAsync();
            await _dashboard.DisposeAsync();
        }
        _probe.Dispose();
        if (_dashboard is not null)
        {
            view.Log($"Stopped in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        }
    }
}
