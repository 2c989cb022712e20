using System.Diagnostics;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Contracts;
using AdFlux.Ledger.Tests;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AdFlux.Recovery.Benchmark;

/// <summary>
/// One broker restart while the ledger consumes a burst from the video service, and how long
/// the ledger took to consume again: until every ledger queue has a consumer on the broker, and
/// until every event of the burst is in the ledger.
/// </summary>
public sealed class BrokerRestarts(EmbeddedRabbitMq rabbit, Messaging messaging, ServiceFactory<AdFlux.Video.Program> video)
{
    public static readonly string[] LedgerQueues = [DurableSubscriptions.LedgerEvents, DurableSubscriptions.LedgerFaults];

    public Guid Tenant { get; } = Guid.NewGuid();

    public long Published { get; private set; }

    private Task PublishAsync(int burst)
    {
        var events = Enumerable.Range(0, burst).Select(i => (IIntegrationEvent)TestEvents.VideoUploaded(Tenant, $"{Published + i}.mp4")).ToList();
        Published += burst;
        return Messaging.WriteAsync(video, events);
    }

    public async Task<RestartRecovery> RestartOnceAsync(int burst, TimeSpan deadline)
    {
        var before = await messaging.LedgerRowsAsync();
        await PublishAsync(burst);
        // Stop while the ledger is in the middle of the burst, with deliveries unacknowledged.
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n > before, TimeSpan.FromSeconds(60));
        await rabbit.StopNodeAsync();
        await rabbit.StartNodeAsync();
        var clock = Stopwatch.StartNew();
        var attached = await WaitAsync(EveryLedgerQueueHasAConsumerAsync, deadline);
        var attachedAfter = clock.Elapsed;
        var rows = await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= Published, deadline - clock.Elapsed);
        return new RestartRecovery(attached ? attachedAfter : null, rows >= Published ? clock.Elapsed : null, rows, Published);
    }

    public async Task<bool> EveryLedgerQueueHasAConsumerAsync()
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(messaging.MessagingConnectionString) };
            await using var connection = await factory.CreateConnectionAsync();
            foreach (var queue in LedgerQueues)
            {
                await using var channel = await connection.CreateChannelAsync();
                if ((await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount == 0)
                {
                    return false;
                }
            }
            return true;
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException or IOException)
        {
            return false;
        }
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> probe, TimeSpan deadline)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < deadline)
        {
            if (await probe())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
