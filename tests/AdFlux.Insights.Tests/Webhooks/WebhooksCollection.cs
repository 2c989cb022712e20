namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>The delivery tests share one insights on a movable clock, which lets webhooks reach loopback receivers.</summary>
[CollectionDefinition(Name)]
public sealed class WebhooksCollection : ICollectionFixture<WebhooksWorld>
{
    public const string Name = "insights-webhooks";
}
