using AdFlux.Testing;

namespace AdFlux.AppHost.Tests;

/// <summary>Runs its own system: stopping the shared one would end the other tests' subject.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Ctrl_C_stops_every_process_the_apphost_started()
    {
        await using var system = await AdFluxSystem.StartAsync();
        var started = ProcessTable.DescendantsOf(system.AppHostPid);
        Assert.Contains(started, p => p.CommandLine.Contains("/postgres ", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("epmd", StringComparison.Ordinal));
        Assert.Equal(8, started.Count(p => p.CommandLine.Contains("/AdFlux.", StringComparison.Ordinal) && p.CommandLine.EndsWith(".dll", StringComparison.Ordinal)));

        var exitCode = await system.InterruptAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        var survivors = started.Where(p => p.IsAlive)
            .Concat(ProcessTable.All().Where(p => p.CommandLine.Contains(system.DataDirectory, StringComparison.Ordinal)))
            .ToList();
        Assert.True(survivors.Count == 0, "Still running: " + string.Join("; ", survivors));
    }
}
