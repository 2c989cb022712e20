using AdFlux.Contracts.Ads;
using AdFlux.Contracts.Insights;
using AdFlux.Contracts.MlDetection;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// The AdFlux events a tenant may subscribe an endpoint to, by contract name: seed 000's webhook
/// outputs (performance alerts, anomalies and shadowbans, campaign updates, ML results) and the
/// daily reports. Each has a consumer in <c>Consumers/</c> that queues the deliveries.
/// </summary>
public static class WebhookEventTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        nameof(InsightReportCreated),
        nameof(InsightAnalysisSkipped),
        nameof(AlertRaised),
        nameof(AnomalyDetected),
        nameof(DetectionCompleted),
        nameof(BudgetThresholdReached),
        nameof(CampaignAnomalyDetected),
        nameof(CampaignStatusChanged),
    ];

    /// <summary>The known name spelled as given, ignoring case, or null.</summary>
    public static string? Find(string? name) =>
        All.FirstOrDefault(known => string.Equals(known, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
