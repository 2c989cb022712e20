using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsUsage"/>), so no recorded call is lost before insights first runs.</summary>
public sealed class ExternalApiCallsRecordedConsumerDefinition : ConsumerDefinition<ExternalApiCallsRecordedConsumer>
{
    public ExternalApiCallsRecordedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsUsage;
}
