using MassTransit;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// Consumer queues that must exist before anyone publishes. RabbitMQ drops a message
/// published to an exchange no queue is bound to, so a consumer that starts after the first
/// publish would miss it; every publisher therefore declares these queues and bindings as
/// part of its publish topology (<see cref="MessagingExtensions"/>), with the same names and
/// settings MassTransit gives the consumer's own receive endpoint. A service whose consumer
/// must not miss events published before it first ran adds its queue here.
/// </summary>
public static class DurableSubscriptions
{
    /// <summary>The ledger's queue: every integration event it records.</summary>
    public const string LedgerEvents = "ledger-events";

    /// <summary>The ledger's dead-letter intake: MassTransit publishes a <see cref="Fault"/> when a message fails its last retry.</summary>
    public const string LedgerFaults = "ledger-faults";

    /// <summary>Insights' metric series: ingest's figures published while insights was not yet running.</summary>
    public const string InsightsMetrics = "insights-platform-metrics";

    /// <summary>Insights' posts and comments inbox: a Sheets pull's posts and comments.</summary>
    public const string InsightsSocialPosts = "insights-social-posts";

    /// <summary>Insights' comments inbox: Meta comments and mentions.</summary>
    public const string InsightsInteractions = "insights-platform-interactions";

    /// <summary>Insights' ad series: ads' campaign figures, day by day.</summary>
    public const string InsightsCampaignMetrics = "insights-campaign-metrics";

    /// <summary>Insights' publication counts: video's confirmed publications.</summary>
    public const string InsightsPublications = "insights-publications";

    /// <summary>Insights' alerts: ads' budget thresholds and campaign anomalies, and ml-detection's reach-limited notices.</summary>
    public const string InsightsAlerts = "insights-alerts";

    /// <summary>Insights' outbound webhooks: every event a tenant may subscribe an endpoint to.</summary>
    public const string InsightsWebhooks = "insights-webhooks";

    /// <summary>Insights' API usage: every service's recorded external calls.</summary>
    public const string InsightsUsage = "insights-usage";

    public static IReadOnlyList<DurableSubscription> All { get; } =
    [
        new(LedgerEvents, IntegrationEventCatalog.RecordedByLedger),
        new(LedgerFaults, [typeof(Fault)]),
        new(InsightsMetrics, [typeof(AdFlux.Contracts.Ingest.PlatformMetricsReceived)]),
        new(InsightsSocialPosts, [typeof(AdFlux.Contracts.Ingest.SocialPostsIngested)]),
        new(InsightsInteractions, [typeof(AdFlux.Contracts.Ingest.PlatformInteractionReceived)]),
        new(InsightsCampaignMetrics, [typeof(AdFlux.Contracts.Ads.CampaignMetricsSynced)]),
        new(InsightsPublications, [typeof(AdFlux.Contracts.Video.PublicationConfirmed)]),
        new(InsightsWebhooks,
        [
            typeof(AdFlux.Contracts.Insights.InsightReportCreated), typeof(AdFlux.Contracts.Insights.InsightAnalysisSkipped), typeof(AdFlux.Contracts.Insights.AlertRaised),
            typeof(AdFlux.Contracts.MlDetection.AnomalyDetected), typeof(AdFlux.Contracts.MlDetection.DetectionCompleted), typeof(AdFlux.Contracts.Ads.BudgetThresholdReached),
            typeof(AdFlux.Contracts.Ads.CampaignAnomalyDetected), typeof(AdFlux.Contracts.Ads.CampaignStatusChanged),
        ]),
        new(InsightsUsage, [typeof(AdFlux.Contracts.Usage.ExternalApiCallsRecorded)]),
        new(InsightsAlerts, [typeof(AdFlux.Contracts.Ads.BudgetThresholdReached), typeof(AdFlux.Contracts.Ads.CampaignAnomalyDetected), typeof(AdFlux.Contracts.MlDetection.AnomalyDetected)]),
    ];
}
