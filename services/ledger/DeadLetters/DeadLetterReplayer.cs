using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults;
using RabbitMQ.Client;

namespace AdFlux.Ledger.DeadLetters;

/// <summary>
/// Puts a dead letter back in front of the consumer that gave up on it: finds the message by
/// id in <c>&lt;queue&gt;_error</c>, republishes it unchanged (minus MassTransit's fault headers)
/// to the queue's own exchange, so only that consumer sees it again, waits for the broker's
/// confirm, then acknowledges it out of the error queue. Messages looked at on the way stay
/// unacknowledged and return to the error queue when the channel closes.
/// </summary>
public sealed class DeadLetterReplayer(IConfiguration configuration)
{
    private const int MaxScanned = 10_000;

    /// <returns>False when the message is no longer in the error queue.</returns>
    public async Task<bool> ReplayAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(configuration.GetConnectionString(ResourceNames.Messaging)!) };
        await using var connection = await factory.CreateConnectionAsync("ledger-dead-letter-replay", cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var messageId = deadLetter.MessageId.ToString("D");
        for (var scanned = 0; scanned < MaxScanned; scanned++)
        {
            var result = await channel.BasicGetAsync(deadLetter.Queue + "_error", autoAck: false, cancellationToken);
            if (result is null)
            {
                return false;
            }
            if (!string.Equals(result.BasicProperties.MessageId, messageId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var properties = new BasicProperties(result.BasicProperties)
            {
                Headers = result.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            await channel.BasicPublishAsync(deadLetter.Queue, "", mandatory: true, properties, result.Body, cancellationToken);
            await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
            return true;
        }
        return false;
    }
}
