using AdFlux.ServiceDefaults.Messaging;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>The queue every publisher declares before its first publish (<see cref="DurableSubscriptions.InsightsSocialPosts"/>), so no pull is lost before insights first runs.</summary>
public sealed class SocialPostsIngestedConsumerDefinition : ConsumerDefinition<SocialPostsIngestedConsumer>
{
    public SocialPostsIngestedConsumerDefinition() => EndpointName = DurableSubscriptions.InsightsSocialPosts;
}
