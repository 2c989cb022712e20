using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsAlerts"/>), so no alert is lost before insights first runs.</summary>
public sealed class ReachLimitedConsumerDefinition : ConsumerDefinition<ReachLimitedConsumer>
{
    public ReachLimitedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsAlerts;
}
