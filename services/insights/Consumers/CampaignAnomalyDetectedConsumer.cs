using AdFlux.Contracts.Ads;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>A campaign's finished day outside its expected range (ads) becomes an alert of the campaign's client profile, with ads' explanation.</summary>
public sealed class CampaignAnomalyDetectedConsumer(InsightsDbContext db, TimeProvider clock, AlertRaiser alerts)
    : IdempotentConsumer<CampaignAnomalyDetected, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<CampaignAnomalyDetected> context)
    {
        var message = context.Message;
        await alerts.RaiseAsync(new Alert
        {
            TenantId = message.TenantId,
            ClientProfileId = message.ClientProfileId,
            Kind = AlertKinds.CampaignAnomaly,
            Severity = AlertSeverities.Warning,
            Message = $"Campaign {message.CampaignId} on {message.Platform}: {message.Explanation}",
            DedupeKey = $"{AlertKinds.CampaignAnomaly}:{message.CampaignId:N}:{message.Date:yyyy-MM-dd}:{message.Metric}",
            Platform = CampaignMetricsSyncedConsumer.PlatformOf(message.Platform),
            Metric = message.Metric,
            Day = message.Date,
            Value = message.Observed,
            Expected = (message.ExpectedLow + message.ExpectedHigh) / 2,
            SourceId = message.CampaignId,
        }, context.CancellationToken);
    }
}
