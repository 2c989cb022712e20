using System.Net;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Ledger.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ledger.Tests;

public sealed class BrokerRestartRecoveryTests
{
    private const int Restarts = 3;

    [Fact]
    public async Task Every_ledger_endpoint_consumes_again_after_each_of_repeated_broker_restarts_under_CPU_contention()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"adflux-restarts-{Guid.NewGuid():N}");
        var rabbit = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(directory), _ => { });
        try
        {
            await using var messaging = await Messaging.CreateAsync(rabbit.ConnectionString);
            var ledger = await messaging.StartLedgerAsync(host: host => host
                .UseSetting("Messaging:ConsumerCheckInterval", "00:00:01")
                .UseSetting("Messaging:ConsumerRecoveryGrace", "00:00:05"));
            using var health = ledger.CreateClient();
            var restarts = new BrokerRestarts(rabbit, messaging, messaging.Video());
            Assert.True(await Eventually.WaitAsync(restarts.EveryLedgerQueueHasAConsumerAsync, attached => attached));

            var rounds = new List<RestartRecovery>();
            using (CpuBurner.Start())
            {
                for (var i = 0; i < Restarts; i++)
                {
                    rounds.Add(await restarts.RestartOnceAsync(burst: 500, deadline: TimeSpan.FromSeconds(90)));
                }
            }

            Assert.All(rounds, round => Assert.True(round.Recovered, $"not consuming again after a restart: {round}"));
            var healthy = await Eventually.WaitAsync(() => health.GetAsync("/health"), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            await using var scope = ledger.Services.CreateAsyncScope();
            var chain = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(restarts.Tenant, CancellationToken.None);
            Assert.Equal(new ChainVerification(true, (int)restarts.Published, null), chain);
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Health_names_a_queue_that_lost_its_consumer_and_the_consumer_comes_back()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"adflux-lost-consumer-{Guid.NewGuid():N}");
        var rabbit = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(directory), _ => { });
        try
        {
            await using var messaging = await Messaging.CreateAsync(rabbit.ConnectionString);
            // A grace longer than the probe interval: the test sees the lost consumer before the monitor repairs it.
            var ledger = await messaging.StartLedgerAsync(host: host => host
                .UseSetting("Messaging:ConsumerCheckInterval", "00:00:01")
                .UseSetting("Messaging:ConsumerRecoveryGrace", "00:00:08"));
            using var client = ledger.CreateClient();
            var restarts = new BrokerRestarts(rabbit, messaging, messaging.Video());
            Assert.True(await Eventually.WaitAsync(restarts.EveryLedgerQueueHasAConsumerAsync, attached => attached));
            Assert.Equal(HttpStatusCode.OK, (await Eventually.WaitAsync(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK)).StatusCode);

            await restarts.CancelLedgerConsumersAsync();

            var unhealthy = await Eventually.WaitAsync(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
            Assert.Contains("ledger-events", await unhealthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(await Eventually.WaitAsync(restarts.EveryLedgerQueueHasAConsumerAsync, attached => attached, TimeSpan.FromSeconds(60)));
            var recovery = await restarts.RecordBurstAsync(100, TimeSpan.FromSeconds(60));
            Assert.True(recovery, "events published after the consumer came back must be recorded");
            Assert.Equal(HttpStatusCode.OK, (await Eventually.WaitAsync(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30))).StatusCode);
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
