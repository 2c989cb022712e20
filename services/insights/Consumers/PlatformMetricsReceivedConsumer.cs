using AdFlux.Contracts.Ingest;
using AdFlux.Insights.Alerts;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Series;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// Ingest's metrics of a platform entity become points of the client profile's series, with
/// their hourly, daily and weekly rollups, in the inbox's transaction. Figures sent again for a
/// window already held replace it (<see cref="SeriesWriter"/>). The day they fall on is then
/// judged for alerts (<see cref="AlertEvaluator"/>).
/// </summary>
public sealed class PlatformMetricsReceivedConsumer(InsightsDbContext db, TimeProvider clock, SeriesWriter writer, AlertEvaluator alerts)
    : IdempotentConsumer<PlatformMetricsReceived, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<PlatformMetricsReceived> context)
    {
        var message = context.Message;
        var series = new SeriesKey(
            message.TenantId,
            message.ClientProfileId ?? SeriesKey.NoClientProfile,
            SeriesKey.NormalisePlatform(message.Platform),
            message.EntityType.Trim(),
            message.EntityId.Trim());
        if (await writer.WriteAsync(series, message.Metrics, message.WindowStart, message.WindowEnd, message.OccurredAt, message.EventId, context.CancellationToken) > 0)
        {
            await alerts.EvaluateAsync(series, [.. message.Metrics.Keys], [message.WindowStart], context.CancellationToken);
        }
    }
}
