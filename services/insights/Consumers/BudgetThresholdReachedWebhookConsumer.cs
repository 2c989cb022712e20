using AdFlux.Contracts.Ads;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="BudgetThresholdReached"/>.</summary>
public sealed class BudgetThresholdReachedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<BudgetThresholdReached>(db, clock, enqueuer);
