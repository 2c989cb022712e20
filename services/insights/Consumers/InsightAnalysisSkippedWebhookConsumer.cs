using AdFlux.Contracts.Insights;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="InsightAnalysisSkipped"/>.</summary>
public sealed class InsightAnalysisSkippedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<InsightAnalysisSkipped>(db, clock, enqueuer);
