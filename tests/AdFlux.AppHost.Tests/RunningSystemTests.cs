using System.Net;
using AdFlux.AppHost.Infrastructure;
using AdFlux.AppHost.Orchestration;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

[Collection(EndToEndCollection.Name)]
[TestCaseOrderer(RunsLastOrderer.TypeName, RunsLastOrderer.AssemblyName)]
public sealed class RunningSystemTests(RunningSystemFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] ExpectedResources =
        [ResourceNames.Postgres, ResourceNames.Messaging, .. ResourceNames.Services, ResourceNames.Gateway];

    private AdFluxSystem System => fixture.System;

    // The wait is bounded by AdFluxSystemOptions.StartTimeout; how long it took is reported, not
    // asserted: every test project starts its own servers in parallel on CI's 2 cores, and
    // ml-detection installs its models on a first start. The start-up time is a benchmark figure.
    [Fact]
    public async Task Every_resource_becomes_healthy_and_the_time_is_reported()
    {
        var resources = await System.GetResourcesAsync();
        output.WriteLine($"All healthy {System.TimeToHealthy.TotalSeconds:0.0} s after the AppHost started");

        Assert.Equal(ExpectedResources.Order(), resources.Select(r => r.Name).Order());
        Assert.All(resources, r => Assert.True(AdFluxSystem.IsHealthy(r), $"{r.Name} is {r.State}/{r.Health}"));
        using var health = await System.Gateway.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_taken_gateway_port_makes_the_apphost_pick_another()
    {
        var gateway = (await System.GetResourcesAsync()).Single(r => r.Name == ResourceNames.Gateway);
        var port = new Uri(gateway.Url!).Port;

        Assert.NotEqual(fixture.OccupiedGatewayPort, port);
        Assert.Contains(System.Output, line => line.Contains($"Port {fixture.OccupiedGatewayPort} is taken; the gateway uses {port}", StringComparison.Ordinal));
        using var alive = await System.Gateway.GetAsync(new Uri("/alive", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_killed_service_is_restarted_and_healthy_again()
    {
        var before = (await System.GetResourcesAsync()).Single(r => r.Name == ResourceNames.Ledger);
        Assert.NotNull(before.Pid);

        Posix.Signal(before.Pid.Value, Posix.SigKill);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var after = (await System.WaitUntilAsync(
            resources => resources.Single(r => r.Name == ResourceNames.Ledger) is var ledger
                && ledger.Restarts > before.Restarts && AdFluxSystem.IsHealthy(ledger),
            timeout.Token)).Single(r => r.Name == ResourceNames.Ledger);

        Assert.NotEqual(before.Pid, after.Pid);
        Assert.Equal(before.Url, after.Url);
        Assert.Contains(await System.GetLogsAsync(ResourceNames.Ledger), line => line.Contains("ledger exited with code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_tails_each_resources_logs_and_serves_its_page()
    {
        using var client = new HttpClient { BaseAddress = System.DashboardUrl };

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var identityLogs = await System.GetLogsAsync(ResourceNames.Identity);
        using var unknown = await client.GetAsync(new Uri("/api/resources/no-such-resource/logs", UriKind.Relative));

        Assert.Contains("/api/resources", page, StringComparison.Ordinal);
        Assert.NotEmpty(identityLogs);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public void The_first_start_keeps_a_generated_admin_login_readable_only_by_its_owner()
    {
        var path = Path.Combine(System.DataDirectory, AdminLogin.FileName);
        var login = AdminLogin.LoadOrCreate(System.DataDirectory);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.False(login.IsNew);
        Assert.Equal(AdminLogin.DefaultEmail, login.Email);
        Assert.Single(System.Output, line => line.Contains(login.Password, StringComparison.Ordinal));
    }

    [Fact]
    [RunsLast]
    public async Task Ctrl_C_stops_every_process_the_apphost_started()
    {
        var started = ProcessTable.DescendantsOf(System.AppHostPid);
        Assert.Contains(started, p => p.CommandLine.Contains("/postgres ", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("epmd", StringComparison.Ordinal));
        Assert.Equal(ExpectedResources.Length - 2, started.Count(p => p.CommandLine.Contains("/AdFlux.", StringComparison.Ordinal) && p.CommandLine.EndsWith(".dll", StringComparison.Ordinal)));

        var clock = global::System.Diagnostics.Stopwatch.StartNew();
        var exitCode = await System.InterruptAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"AppHost exited {clock.Elapsed.TotalSeconds:0.0} s after SIGINT");

        Assert.Equal(0, exitCode);
        var survivors = started.Where(p => p.IsAlive)
            .Concat(ProcessTable.All().Where(p => p.CommandLine.Contains(System.DataDirectory, StringComparison.Ordinal)))
            .ToList();
        Assert.True(survivors.Count == 0, "Still running: " + string.Join("; ", survivors));
    }
}
