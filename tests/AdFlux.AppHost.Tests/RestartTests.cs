using System.Globalization;
using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;
using Npgsql;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// Aspire leaves a dead process dead; the AppHost's watcher restarts it. A service and then
/// PostgreSQL itself are killed with SIGKILL while events are in flight, and every event
/// identity's outbox holds reaches the ledger exactly once.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RestartTests(RunningAppHost fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Generous, like the fixture's start: a restarted service's own start-up (its <c>dotnet run</c>
    /// wrapper, then the host until Kestrel listens) took 73 s at load 60 here and 10 s quiet. The
    /// test proves recovery and that no event is lost; the times go to the output with a timeline.
    /// </summary>
    private static readonly TimeSpan RecoveryWithin = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_killed_service_and_a_killed_postgres_are_restarted_and_no_event_is_lost()
    {
        using var gateway = await fixture.HealthyGatewayAsync();
        var token = await GatewayCalls.LoginAsAdminAsync(gateway, fixture.DataDirectory);

        await using var timeline = new ResourceTimeline(fixture.App, ResourceNames.Ledger, ResourceNames.Postgres);
        var start = fixture.OrchestrationLog.Now;
        try
        {
            await KillAndRecoverAsync(gateway, token, timeline);
        }
        finally
        {
            output.WriteLine("Timeline:" + Environment.NewLine + timeline);
            output.WriteLine("Orchestration log:" + Environment.NewLine + fixture.OrchestrationLog.Since(start));
        }
    }

    private async Task KillAndRecoverAsync(HttpClient gateway, string token, ResourceTimeline timeline)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        timeline.Mark("kill ledger");
        var ledgerPid = Kill(ResourceNames.Ledger);
        // Published while the ledger is down: waits in its queue.
        await GatewayCalls.CreateUserAsync(gateway, token);
        var restartedLedger = await WaitUntilRestartedAsync(ResourceNames.Ledger, ledgerPid);
        output.WriteLine($"ledger: killed pid {ledgerPid}, healthy again as pid {restartedLedger} after {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        timeline.Mark("kill postgres");
        var postgresPid = Kill(ResourceNames.Postgres);
        var restartedPostgres = await WaitUntilRestartedAsync(ResourceNames.Postgres, postgresPid);
        output.WriteLine($"postgres: killed pid {postgresPid}, healthy again as pid {restartedPostgres} after {clock.Elapsed.TotalSeconds:F1} s");
        using (var healthy = new CancellationTokenSource(RecoveryWithin))
        {
            await fixture.WaitUntilAllHealthyAsync(healthy.Token);
        }
        timeline.Mark("every resource healthy");
        token = await GatewayCalls.LoginAsAdminAsync(gateway, fixture.DataDirectory);
        await GatewayCalls.CreateUserAsync(gateway, token);

        var (published, recorded) = await WaitUntilLedgerHasEveryEventAsync();
        output.WriteLine($"identity outbox: {published.Count} events; ledger: {recorded.Count} rows for them");
        Assert.True(published.Count >= 4, $"only {published.Count} identity events");
        Assert.Equal(published.Order(), recorded.Order());
    }

    /// <summary>
    /// SIGKILLs the resource's process: for a project that is the service below the <c>dotnet run</c>
    /// wrapper Aspire started (killing the wrapper would orphan the service, not crash it).
    /// Returns the pid Aspire reports, which a restart replaces.
    /// </summary>
    private int Kill(string resource)
    {
        var pid = Pid(resource);
        var service = ProcessTable.DescendantsOf(pid).LastOrDefault(p => p.CommandLine.Contains("AdFlux.", StringComparison.Ordinal));
        output.WriteLine($"{resource}: killing {service?.ToString() ?? pid.ToString(CultureInfo.InvariantCulture)}");
        Posix.Signal(service?.Pid ?? pid, Posix.SigKill);
        return pid;
    }

    private int Pid(string resource)
    {
        var snapshot = fixture.Current(resource)?.Snapshot ?? throw new InvalidOperationException($"{resource} has no state");
        var pid = snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
        return Convert.ToInt32(pid, CultureInfo.InvariantCulture);
    }

    private async Task<int> WaitUntilRestartedAsync(string resource, int killedPid)
    {
        using var timeout = new CancellationTokenSource(RecoveryWithin);
        var state = await fixture.App.ResourceNotifications.WaitForResourceAsync(resource,
            e => RunningAppHost.IsHealthy(e.Snapshot) && e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
                && Convert.ToInt32(pid, CultureInfo.InvariantCulture) != killedPid,
            timeout.Token);
        return Convert.ToInt32(state.Snapshot.Properties.First(p => p.Name == "executable.pid").Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The event ids in identity's outbox, and the ledger's rows for them (duplicates included), once they agree.</summary>
    private async Task<(List<Guid> Published, List<Guid> Recorded)> WaitUntilLedgerHasEveryEventAsync()
    {
        var identityDb = await fixture.App.GetConnectionStringAsync(ResourceNames.DatabaseOf(ResourceNames.Identity));
        var ledgerDb = await fixture.App.GetConnectionStringAsync(ResourceNames.DatabaseOf(ResourceNames.Ledger));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var published = await EventIdsAsync(identityDb!, "SELECT event_id FROM outbox_messages");
            var recorded = await EventIdsAsync(ledgerDb!, "SELECT event_id FROM ledger_events WHERE event_id = ANY(@ids)", published);
            if (recorded.Count >= published.Count || clock.Elapsed > RecoveryWithin)
            {
                return (published, recorded);
            }
            await Task.Delay(1000);
        }
    }

    private static async Task<List<Guid>> EventIdsAsync(string connectionString, string sql, List<Guid>? ids = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
        }
        var result = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetGuid(0));
        }
        return result;
    }
}
