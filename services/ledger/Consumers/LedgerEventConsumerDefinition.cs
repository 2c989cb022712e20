using AdFlux.Contracts;
using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Ledger.Consumers;

/// <summary>
/// All event consumers share one queue, the one every publisher declares
/// (<see cref="DurableSubscriptions.LedgerEvents"/>), and take their messages in batches.
/// </summary>
public sealed class LedgerEventConsumerDefinition<TEvent> : ConsumerDefinition<LedgerEventConsumer<TEvent>>
    where TEvent : class, IIntegrationEvent
{
    /// <summary>Messages per batch; the endpoint prefetches twice that so the next batch fills while one commits.</summary>
    public const int BatchLimit = 100;

    public LedgerEventConsumerDefinition() => EndpointName = DurableSubscriptions.LedgerEvents;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<LedgerEventConsumer<TEvent>> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = Math.Max(rabbit.PrefetchCount, BatchLimit * 2);
        }
        endpointConfigurator.ConcurrentMessageLimit = BatchLimit * 2;
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BatchLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(20))
            .SetConcurrencyLimit(2));
    }
}
