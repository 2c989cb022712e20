using AdFlux.Contracts.MlDetection;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="DetectionCompleted"/>.</summary>
public sealed class DetectionCompletedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<DetectionCompleted>(db, clock, enqueuer);
