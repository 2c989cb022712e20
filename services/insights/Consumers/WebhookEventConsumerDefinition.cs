using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// Every webhook consumer takes its events from one queue that publishers declare before their
/// first publish (<see cref="DurableSubscriptions.InsightsWebhooks"/>), so an event raised before
/// insights first ran is still delivered to the endpoints subscribed to it.
/// </summary>
public abstract class WebhookEventConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected WebhookEventConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsWebhooks;
}
