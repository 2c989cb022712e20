using AdFlux.Contracts.Ads;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Series;
using AdFlux.ServiceDefaults.Money;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// Ads' campaign figures become daily points of the client profile's <c>meta-ads</c> or
/// <c>google-ads</c> series, one window per day: the sync re-pulls a lookback of days, and a
/// day pulled again replaces what was held for it (<see cref="SeriesWriter"/>), so the
/// overlapping windows of successive syncs never add up twice. Spend and conversion value are
/// in the campaign's currency (major units); an event without its days carries only a total
/// over several days and is not spread over them. The days are then judged for alerts
/// (<see cref="AlertEvaluator"/>).
/// </summary>
public sealed class CampaignMetricsSyncedConsumer(InsightsDbContext db, TimeProvider clock, SeriesWriter writer, AlertEvaluator alerts)
    : IdempotentConsumer<CampaignMetricsSynced, InsightsDbContext>(db, clock)
{
    public const string EntityType = "campaign";

    protected override async Task HandleAsync(ConsumeContext<CampaignMetricsSynced> context)
    {
        var message = context.Message;
        if (message.Days is not { Count: > 0 } days || !Currencies.IsKnown(message.Currency))
        {
            return;
        }
        var series = new SeriesKey(message.TenantId, message.ClientProfileId, PlatformOf(message.Platform), EntityType, message.CampaignId.ToString());
        var written = new List<DateTimeOffset>();
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in days)
        {
            var start = new DateTimeOffset(day.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var figures = Metrics(day, message.Currency!);
            if (await writer.WriteAsync(series, figures, start, start.AddDays(1), message.OccurredAt, message.EventId, context.CancellationToken) > 0)
            {
                written.Add(start);
                metrics.UnionWith(figures.Keys);
            }
        }
        if (written.Count > 0)
        {
            await alerts.EvaluateAsync(series, metrics, written, context.CancellationToken);
        }
    }

    /// <summary>meta → meta-ads, google → google-ads: the analytics' names of the ad platforms, apart from organic Meta and YouTube figures.</summary>
    public static string PlatformOf(string adsPlatform) => SeriesKey.NormalisePlatform(adsPlatform) + "-ads";

    private static Dictionary<string, double> Metrics(CampaignDayFigures day, string currency)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["impressions"] = day.Impressions,
            ["clicks"] = day.Clicks,
            ["conversions"] = day.Conversions,
            ["spend"] = (double)Currencies.MinorToMajor(day.SpendMinor, currency),
            ["conversion_value"] = (double)Currencies.MinorToMajor(day.ConversionValueMinor, currency),
        };
        if (day.Reach is { } reach)
        {
            metrics["reach"] = reach;
        }
        return metrics;
    }
}
