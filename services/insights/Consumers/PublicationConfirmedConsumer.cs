using AdFlux.Contracts.Video;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Series;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>
/// A clip variant published on a platform counts once in that platform's <c>publications</c>
/// series on the day it was confirmed, so posting volume sits beside the figures it drives. The
/// point's entity is the publication itself: a confirmation delivered again replaces its own
/// point and is never counted twice.
/// </summary>
public sealed class PublicationConfirmedConsumer(InsightsDbContext db, TimeProvider clock, SeriesWriter writer)
    : IdempotentConsumer<PublicationConfirmed, InsightsDbContext>(db, clock)
{
    public const string EntityType = "publication";

    public const string Metric = "publications";

    protected override async Task HandleAsync(ConsumeContext<PublicationConfirmed> context)
    {
        var message = context.Message;
        var series = new SeriesKey(message.TenantId, SeriesKey.NoClientProfile, SeriesKey.NormalisePlatform(message.Platform), EntityType, message.PublicationId.ToString());
        var day = new DateTimeOffset(message.OccurredAt.UtcDateTime.Date, TimeSpan.Zero);
        await writer.WriteAsync(series, new Dictionary<string, double> { [Metric] = 1 }, day, day.AddDays(1), message.OccurredAt, message.EventId, context.CancellationToken);
    }
}
