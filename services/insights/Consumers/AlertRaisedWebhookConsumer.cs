using AdFlux.Contracts.Insights;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="AlertRaised"/>.</summary>
public sealed class AlertRaisedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<AlertRaised>(db, clock, enqueuer);
