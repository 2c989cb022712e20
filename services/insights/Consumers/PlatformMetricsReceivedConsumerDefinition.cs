using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsMetrics"/>), so no figures are lost before insights first runs.</summary>
public sealed class PlatformMetricsReceivedConsumerDefinition : ConsumerDefinition<PlatformMetricsReceivedConsumer>
{
    public PlatformMetricsReceivedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsMetrics;
}
