using AdFlux.Contracts.Ads;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="CampaignAnomalyDetected"/>.</summary>
public sealed class CampaignAnomalyDetectedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<CampaignAnomalyDetected>(db, clock, enqueuer);
