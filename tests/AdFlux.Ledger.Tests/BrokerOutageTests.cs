using AdFlux.AppHost.Infrastructure;
using AdFlux.Contracts;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace AdFlux.Ledger.Tests;

public sealed class BrokerOutageTests
{
    private const int Total = 10_000;
    private const int WriteBatch = 500;

    [Fact]
    public async Task RabbitMQ_stopped_during_a_burst_of_10000_events_and_started_again_leaves_exactly_10000_rows_in_valid_chains()
    {
        // A broker of its own: stopping the shared one would break every other test class.
        var directory = Path.Combine(Path.GetTempPath(), $"adflux-outage-{Guid.NewGuid():N}");
        var rabbit = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions(directory), _ => { });
        try
        {
            await using var messaging = await Messaging.CreateAsync(rabbit.ConnectionString);
            var ledger = await messaging.StartLedgerAsync();
            var videoWarnings = new RecentWarnings();
            var video = messaging.Video(services => services.AddSingleton<ILoggerProvider>(videoWarnings));
            var tenants = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
            var batches = Enumerable.Range(0, Total / WriteBatch)
                .Select(b => Enumerable.Range(0, WriteBatch)
                    // JobCreated: an event only the ledger consumes, so the burst measures outbox → ledger alone
                    // (video consumes its own VideoUploaded, and 10,000 of those would load the publisher too).
                    .Select(i => (IIntegrationEvent)TestEvents.JobCreated(tenants[(b * WriteBatch + i) % tenants.Length], Guid.NewGuid()))
                    .ToList())
                .ToList();

            foreach (var batch in batches.Take(4))
            {
                await Messaging.WriteAsync(video, batch);
            }
            await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n > 0);
            await rabbit.StopNodeAsync();
            foreach (var batch in batches.Skip(4))
            {
                await Messaging.WriteAsync(video, batch);
            }
            var recordedDuringOutage = await messaging.LedgerRowsAsync();
            await rabbit.StartNodeAsync();
            var rows = await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= Total, TimeSpan.FromMinutes(4));

            Assert.True(recordedDuringOutage < Total, "the outage must interrupt the burst");
            Assert.True(rows == Total, $"{rows} of {Total} rows in the ledger; {await WhereTheRestAreAsync(messaging)}; video's last warnings:{Environment.NewLine}{videoWarnings.Describe(12)}");
            await using var scope = ledger.Services.CreateAsyncScope();
            var verifier = scope.ServiceProvider.GetRequiredService<ChainVerifier>();
            foreach (var tenant in tenants)
            {
                Assert.Equal(new ChainVerification(true, Total / tenants.Length, null, 0, null), await verifier.VerifyAsync(tenant, CancellationToken.None));
            }
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
        // Restarting the node must not leave a daemon of its own (an `epmd -daemon`) behind.
        Assert.Empty(ProcessTable.WithEnvironmentContaining(directory));
    }

    /// <summary>Which side stalled: rows still unsent in the publisher's outbox, or messages waiting in the ledger's queue.</summary>
    private static async Task<string> WhereTheRestAreAsync(Messaging messaging)
    {
        var unsent = await messaging.ScalarAsync(messaging.VideoDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");
        var factory = new ConnectionFactory { Uri = new Uri(messaging.MessagingConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclarePassiveAsync(DurableSubscriptions.LedgerEvents);
        return $"video outbox: {unsent} unsent; queue {queue.QueueName}: {queue.MessageCount} ready, {queue.ConsumerCount} consumers";
    }
}
