namespace AdFlux.Insights.Consumers;

public sealed class AlertRaisedWebhookConsumerDefinition : WebhookEventConsumerDefinition<AlertRaisedWebhookConsumer>;
