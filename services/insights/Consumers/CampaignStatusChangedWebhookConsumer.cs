using AdFlux.Contracts.Ads;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="CampaignStatusChanged"/>.</summary>
public sealed class CampaignStatusChangedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<CampaignStatusChanged>(db, clock, enqueuer);
