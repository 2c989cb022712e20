using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsCampaignMetrics"/>), so nothing is lost before insights first runs.</summary>
public sealed class CampaignMetricsSyncedConsumerDefinition : ConsumerDefinition<CampaignMetricsSyncedConsumer>
{
    public CampaignMetricsSyncedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsCampaignMetrics;
}
