using System.Globalization;
using AdFlux.Contracts.Ads;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Money;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>A campaign's spend reaching 50, 80 or 100 % of its budget becomes an alert of the campaign's client profile.</summary>
public sealed class BudgetThresholdReachedConsumer(InsightsDbContext db, TimeProvider clock, AlertRaiser alerts)
    : IdempotentConsumer<BudgetThresholdReached, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<BudgetThresholdReached> context)
    {
        var message = context.Message;
        await alerts.RaiseAsync(new Alert
        {
            TenantId = message.TenantId,
            ClientProfileId = message.ClientProfileId,
            Kind = AlertKinds.Budget,
            Severity = message.ThresholdPercent switch
            {
                >= 100 => AlertSeverities.Critical,
                >= 80 => AlertSeverities.Warning,
                _ => AlertSeverities.Info,
            },
            Message = string.Create(CultureInfo.InvariantCulture,
                $"Campaign {message.CampaignId} on {message.Platform} spent {message.ThresholdPercent} % of its {message.BudgetKind} budget: "
                + $"{Money(message.SpendMinor, message.Currency)} of {Money(message.BudgetMinor, message.Currency)}, on pace for {Money(message.ProjectedSpendMinor, message.Currency)}."),
            DedupeKey = $"{AlertKinds.Budget}:{message.CampaignId:N}:{message.PeriodStart:yyyy-MM-dd}:{message.ThresholdPercent}",
            Platform = CampaignMetricsSyncedConsumer.PlatformOf(message.Platform),
            Metric = "spend",
            Day = DateOnly.FromDateTime(message.PeriodStart.UtcDateTime),
            Value = (double)MajorOrMinor(message.SpendMinor, message.Currency),
            Expected = (double)MajorOrMinor(message.BudgetMinor, message.Currency),
            SourceId = message.CampaignId,
        }, context.CancellationToken);
    }

    private static decimal MajorOrMinor(long minor, string currency) => Currencies.IsKnown(currency) ? Currencies.MinorToMajor(minor, currency) : minor;

    private static string Money(long minor, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{MajorOrMinor(minor, currency):#,0.##} {currency}");
}
