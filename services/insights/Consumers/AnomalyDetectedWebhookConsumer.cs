using AdFlux.Contracts.MlDetection;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="AnomalyDetected"/>.</summary>
public sealed class AnomalyDetectedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<AnomalyDetected>(db, clock, enqueuer);
