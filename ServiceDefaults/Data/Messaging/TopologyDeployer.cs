using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Declares the <see cref="DurableSubscriptions"/> on the broker before the outbox publishes:
/// each queue with its same-named fanout exchange, and an exchange binding from every
/// message type's exchange to it — exactly what MassTransit declares when the consumer's
/// receive endpoint starts, so the consumer's own declarations later match. Runs again after a
/// publish failure, in case the broker came back without its data.
/// </summary>
public sealed class TopologyDeployer(IConfiguration configuration)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _deployed;

    public async Task EnsureDeployedAsync(CancellationToken cancellationToken)
    {
        if (_deployed)
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_deployed)
            {
                // WaitAsync: a declaration in flight when the broker goes away may never return whatever the
                // token says, and must not keep the gate (and with it every later publish) forever.
                await DeployAsync(cancellationToken).WaitAsync(cancellationToken);
                _deployed = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _deployed = false;

    /// <summary>MassTransit's RabbitMQ exchange name for a message type: <c>Namespace:TypeName</c>.</summary>
    public static string ExchangeOf(Type messageType) => $"{messageType.Namespace}:{messageType.Name}";

    private async Task DeployAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(configuration.GetConnectionString(ResourceNames.Messaging)!) };
        await using var connection = await factory.CreateConnectionAsync("adflux-topology", cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var subscription in DurableSubscriptions.All)
        {
            await channel.ExchangeDeclareAsync(subscription.Queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(subscription.Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(subscription.Queue, subscription.Queue, "", cancellationToken: cancellationToken);
            foreach (var messageType in subscription.MessageTypes)
            {
                var exchange = ExchangeOf(messageType);
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
                await channel.ExchangeBindAsync(subscription.Queue, exchange, "", cancellationToken: cancellationToken);
            }
        }
    }
}
