using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsInteractions"/>), so no comment is lost before insights first runs.</summary>
public sealed class PlatformInteractionReceivedConsumerDefinition : ConsumerDefinition<PlatformInteractionReceivedConsumer>
{
    public PlatformInteractionReceivedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsInteractions;
}
