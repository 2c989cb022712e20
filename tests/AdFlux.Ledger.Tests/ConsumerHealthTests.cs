using System.Net;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Testing;

namespace AdFlux.Ledger.Tests;

public sealed class ConsumerHealthTests
{
    [Fact]
    public async Task While_the_broker_is_down_health_names_each_ledger_queue_it_cannot_see_consumed()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"adflux-consumer-health-{Guid.NewGuid():N}");
        var rabbit = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(directory), _ => { });
        try
        {
            await using var messaging = await Messaging.CreateAsync(rabbit.ConnectionString);
            var ledger = await messaging.StartLedgerAsync(host: host => host.UseSetting("Messaging:ConsumerCheckInterval", "00:00:01"));
            using var client = ledger.CreateClient();
            var healthy = await Eventually.WaitAsync(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Contains("queue(s) consumed", await healthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await rabbit.StopNodeAsync();
            var unhealthy = await Eventually.WaitAsync(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
            var body = await unhealthy.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
            Assert.Contains("not consuming", body, StringComparison.Ordinal);
            Assert.Contains("ledger-events", body, StringComparison.Ordinal);
            Assert.Contains("ledger-faults", body, StringComparison.Ordinal);
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
