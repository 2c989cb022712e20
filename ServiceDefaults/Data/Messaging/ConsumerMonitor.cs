using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Asks the broker, on a connection of its own, how many consumers each queue of
/// <see cref="ConsumedQueues"/> has. A queue that stays without one for
/// <see cref="MessagingOptions.ConsumerRecoveryGrace"/> while the broker answers gets its
/// consumer back by restarting the bus: after a broker restart MassTransit's receive endpoint
/// did not always re-attach (a ledger queue kept 10,000 messages and 0 consumers for minutes).
/// </summary>
internal sealed class ConsumerMonitor(
    ConsumedQueues queues,
    IBusControl bus,
    IConfiguration configuration,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<ConsumerMonitor> logger) : BackgroundService
{
    private IConnection? _connection;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(settings.ConsumerCheckInterval, clock, stoppingToken);
            await CheckAsync(settings, stoppingToken);
            if (StrandedQueues(settings).ToList() is { Count: > 0 } stranded)
            {
                await RestartBusAsync(stranded, settings, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task CheckAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        foreach (var queue in queues.Names)
        {
            var previous = queues.States[queue];
            try
            {
                // WaitAsync: a broker call in flight across a broker restart may never return.
                var consumers = await CountConsumersAsync(queue, cancellationToken).WaitAsync(settings.ConsumerCheckInterval, cancellationToken);
                queues.Record(queue, consumers > 0
                    ? new QueueConsumers(consumers, null, null)
                    : new QueueConsumers(0, previous.MissingSince ?? clock.GetUtcNow(), null));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await DropConnectionAsync();
                // The broker itself is away: nothing to restart yet, the bus reconnects when it is back.
                queues.Record(queue, new QueueConsumers(null, null, ex.GetBaseException().Message));
            }
        }
    }

    private IEnumerable<string> StrandedQueues(MessagingOptions settings) =>
        queues.States
            .Where(pair => pair.Value is { Consumers: 0, MissingSince: { } since } && clock.GetUtcNow() - since >= settings.ConsumerRecoveryGrace)
            .Select(pair => pair.Key);

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

    private async Task RestartBusAsync(IReadOnlyList<string> stranded, MessagingOptions settings, CancellationToken cancellationToken)
    {
        logger.LogWarning("Queue(s) {Queues} have had no consumer for {Grace} with the broker up; restarting the bus", string.Join(", ", stranded), settings.ConsumerRecoveryGrace);
        try
        {
            using var stopTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stopTimeout.CancelAfter(settings.BusRestartTimeout);
            await bus.StopAsync(stopTimeout.Token).WaitAsync(settings.BusRestartTimeout, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The bus did not stop cleanly ({Error}); starting it again anyway", ex.GetBaseException().Message);
        }
        try
        {
            await bus.StartAsync(cancellationToken).WaitAsync(settings.BusRestartTimeout, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The bus did not start again ({Error}); trying again after the next check", ex.GetBaseException().Message);
        }
        foreach (var queue in stranded)
        {
            // A fresh grace period: the restarted endpoints need a moment to attach.
            queues.Record(queue, new QueueConsumers(0, clock.GetUtcNow(), null));
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
