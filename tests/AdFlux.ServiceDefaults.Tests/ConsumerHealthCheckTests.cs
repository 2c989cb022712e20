using AdFlux.ServiceDefaults.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class ConsumerHealthCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_queue_the_broker_shows_without_a_consumer_makes_the_check_unhealthy_naming_it()
    {
        var queues = new ConsumedQueues();
        queues.Record("ledger-events", new QueueConsumers(1, null, null));
        queues.Record("ledger-faults", new QueueConsumers(0, Now.AddSeconds(-42), null));

        var result = await Check(queues);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("not consuming: ledger-faults (no consumer for 42 s)", result.Description);
    }

    [Fact]
    public async Task A_queue_that_could_not_be_checked_is_reported_with_the_reason()
    {
        var queues = new ConsumedQueues();
        queues.Record("ledger-events", new QueueConsumers(null, Now.AddSeconds(-3), "Connection refused"));

        var result = await Check(queues);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("not consuming: ledger-events (not checked for 3 s: Connection refused)", result.Description);
    }

    [Fact]
    public async Task Consumed_and_not_yet_checked_queues_are_healthy()
    {
        var queues = new ConsumedQueues();
        queues.Record("ledger-events", new QueueConsumers(2, null, null));
        queues.Record("ledger-faults", QueueConsumers.Unchecked);

        var result = await Check(queues);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Theory]
    [InlineData("rabbitmq://127.0.0.1:5672/vhost/ledger-events", "ledger-events")]
    [InlineData("rabbitmq://127.0.0.1:5672/ledger-faults", "ledger-faults")]
    [InlineData("rabbitmq://127.0.0.1:5672/vhost/host_bus_abc?temporary=true", null)]
    [InlineData("rabbitmq://127.0.0.1:5672/vhost/reply?durable=false&autodelete=true", null)]
    public void Only_durable_queues_are_watched(string inputAddress, string? queue) =>
        Assert.Equal(queue, ConsumedQueues.QueueOf(new Uri(inputAddress)));

    private static Task<HealthCheckResult> Check(ConsumedQueues queues) =>
        new ConsumerHealthCheck(queues, new FixedClock(Now)).CheckHealthAsync(new HealthCheckContext());
}
