using AdFlux.Contracts.MlDetection;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// ml-detection read a platform notice that the account or its reach is limited (a shadowban,
/// a restriction) on a screenshot: an account-wide alert, since the screenshot names no client
/// profile.
/// </summary>
public sealed class ReachLimitedConsumer(InsightsDbContext db, TimeProvider clock, AlertRaiser alerts)
    : AlertingConsumer<AnomalyDetected>(db, clock, alerts)
{
    protected override Alert AlertOf(AnomalyDetected message) => new()
    {
        TenantId = message.TenantId,
        ClientProfileId = SeriesKey.NoClientProfile,
        Kind = AlertKinds.ReachLimited,
        Severity = AlertSeverities.From(message.Severity),
        Message = $"{message.Description} (screenshot {message.ImageId}: \"{message.MatchedText}\")",
        DedupeKey = $"{AlertKinds.ReachLimited}:{message.DetectionId:N}:{message.Kind}",
        SourceId = message.DetectionId,
    };
}
