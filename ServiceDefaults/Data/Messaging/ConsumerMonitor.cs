using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Asks the broker, on a connection of its own, how many consumers each queue of
/// <see cref="ConsumedQueues"/> has, for <see cref="ConsumerHealthCheck"/>. MassTransit's own
/// bus check kept reporting healthy while, after a broker restart, a receive endpoint never
/// re-attached (the ledger's queue held 10,000 messages with 0 consumers for minutes); only the
/// broker knows whether a queue is still being consumed.
/// </summary>
internal sealed class ConsumerMonitor(
    ConsumedQueues queues,
    IConfiguration configuration,
    IOptions<MessagingOptions> options,
    TimeProvider clock) : BackgroundService
{
    private IConnection? _connection;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ConsumerCheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, clock, stoppingToken);
            await CheckAsync(interval, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DropConnectionAsync();
    }

    private async Task CheckAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var queue in queues.Names)
        {
            var previous = queues.States[queue];
            try
            {
                // WaitAsync: a broker call in flight across a broker restart may never return.
                var consumers = await CountConsumersAsync(queue, cancellationToken).WaitAsync(timeout, cancellationToken);
                queues.Record(queue, consumers > 0
                    ? new QueueConsumers(consumers, null, null)
                    : new QueueConsumers(0, previous.MissingSince ?? clock.GetUtcNow(), null));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await DropConnectionAsync();
                queues.Record(queue, new QueueConsumers(null, previous.MissingSince ?? clock.GetUtcNow(), ex.GetBaseException().Message));
            }
        }
    }

    private async Task<uint> CountConsumersAsync(string queue, CancellationToken cancellationToken)
    {
        _connection ??= await new ConnectionFactory { Uri = new Uri(configuration.GetConnectionString(ResourceNames.Messaging)!) }
            .CreateConnectionAsync("adflux-consumer-monitor", cancellationToken);
        // A passive declare of a missing queue closes its channel: one channel per question.
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).ConsumerCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            try
            {
                await connection.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is TimeoutException or AlreadyClosedException or OperationInterruptedException or IOException)
            {
                // Already broken: the next check opens a new one.
            }
        }
    }
}
