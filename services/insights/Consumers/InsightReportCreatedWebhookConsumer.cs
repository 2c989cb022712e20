using AdFlux.Contracts.Insights;
using AdFlux.Insights.Data;
using AdFlux.Insights.Webhooks;

namespace AdFlux.Insights.Consumers;

/// <summary>Queues the webhook deliveries of <see cref="InsightReportCreated"/>.</summary>
public sealed class InsightReportCreatedWebhookConsumer(InsightsDbContext db, TimeProvider clock, WebhookEnqueuer enqueuer)
    : WebhookEventConsumer<InsightReportCreated>(db, clock, enqueuer);
