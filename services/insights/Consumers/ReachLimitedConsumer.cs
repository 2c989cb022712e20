using AdFlux.Contracts.MlDetection;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// ml-detection read a platform notice that the account or its reach is limited (a shadowban,
/// a restriction) on a screenshot: an account-wide alert, since the screenshot names no client
/// profile.
/// </summary>
public sealed class ReachLimitedConsumer(InsightsDbContext db, TimeProvider clock, AlertRaiser alerts)
    : IdempotentConsumer<AnomalyDetected, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<AnomalyDetected> context)
    {
        var message = context.Message;
        await alerts.RaiseAsync(new Alert
        {
            TenantId = message.TenantId,
            ClientProfileId = SeriesKey.NoClientProfile,
            Kind = AlertKinds.ReachLimited,
            Severity = AlertSeverities.From(message.Severity),
            Message = $"{message.Description} (screenshot {message.ImageId}: \"{message.MatchedText}\")",
            DedupeKey = $"{AlertKinds.ReachLimited}:{message.DetectionId:N}:{message.Kind}",
            SourceId = message.DetectionId,
        }, context.CancellationToken);
    }
}
