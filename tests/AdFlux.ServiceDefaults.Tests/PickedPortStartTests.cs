using AdFlux.AppHost.Infrastructure;

namespace AdFlux.ServiceDefaults.Tests;

/// <summary>
/// Test hosts start their PostgreSQL and RabbitMQ side by side, each on a port it picked a moment
/// before binding; when another process bound that port in between, the server starts again on new ones.
/// </summary>
public sealed class PickedPortStartTests
{
    [Theory]
    [InlineData("RabbitMQ exited with code 1 while starting: {could_not_start_listener,\"127.0.0.1\",13330,{shutdown,eaddrinuse}}")]
    [InlineData("PostgreSQL exited with code 1 while starting: LOG:  could not bind IPv4 address \"127.0.0.1\": Address already in use")]
    public async Task A_port_taken_between_pick_and_bind_starts_the_server_again(string failure)
    {
        var attempts = 0;
        var log = new List<string>();
        var started = await FreePort.StartOnPickedPortsAsync(() => ++attempts == 1 ? throw new InvalidOperationException(failure) : Task.FromResult("up"), log.Add);
        Assert.Equal(("up", 2), (started, attempts));
        Assert.Contains("starting again on other ports", Assert.Single(log));
    }

    [Fact]
    public async Task Any_other_failure_is_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            FreePort.StartOnPickedPortsAsync<string>(() => { attempts++; throw new InvalidOperationException("RabbitMQ exited with code 1 while starting: bad config"); }, _ => { }));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_port_taken_three_times_running_gives_up_with_the_failure()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            FreePort.StartOnPickedPortsAsync<string>(() => { attempts++; throw new InvalidOperationException("eaddrinuse"); }, _ => { }));
        Assert.Equal(3, attempts);
    }
}
