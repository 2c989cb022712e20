using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsPublications"/>), so nothing is lost before insights first runs.</summary>
public sealed class PublicationConfirmedConsumerDefinition : ConsumerDefinition<PublicationConfirmedConsumer>
{
    public PublicationConfirmedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsPublications;
}
