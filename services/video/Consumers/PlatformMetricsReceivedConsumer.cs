using AdFlux.Contracts.Ingest;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Rules;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Consumers;

/// <summary>
/// Keeps the latest figures of published clips (a <see cref="Publication"/> matched by platform and
/// post id or URL as the metrics' entity id) and proposes the platform's rules again from them.
/// Figures of anything else (channels, tracks, posts not published from here), without views, or
/// older than those already kept change nothing.
/// </summary>
public sealed class PlatformMetricsReceivedConsumer(VideoDbContext db, TimeProvider clock, RulesProposer proposer)
    : IdempotentConsumer<PlatformMetricsReceived, VideoDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<PlatformMetricsReceived> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        if (PerformanceMeasure.Views(message.Metrics) is not { } views)
        {
            return;
        }
        // Consumers run without a caller: the message's tenant is the filter.
        var candidates = await Db.Publications.IgnoreQueryFilters()
            .Where(p => p.TenantId == message.TenantId && (p.ExternalId == message.EntityId || p.Url == message.EntityId))
            .OrderBy(p => p.CreatedAt)
            .ToListAsync(cancellationToken);
        if (candidates.FirstOrDefault(p => PlatformNames.Match(p.Platform, message.Platform)) is not { } publication)
        {
            return;
        }
        var metric = await Db.PublicationMetrics.IgnoreQueryFilters().FirstOrDefaultAsync(m => m.PublicationId == publication.Id, cancellationToken);
        if (metric is not null && metric.ObservedAt > message.WindowEnd)
        {
            return;
        }
        if (metric is null)
        {
            metric = new PublicationMetric { Id = Guid.CreateVersion7(), TenantId = message.TenantId, PublicationId = publication.Id };
            Db.PublicationMetrics.Add(metric);
        }
        metric.Views = views;
        metric.Engagements = PerformanceMeasure.Engagements(message.Metrics);
        metric.ObservedAt = message.WindowEnd;
        metric.UpdatedAt = Clock.GetUtcNow();
        await Db.SaveChangesAsync(cancellationToken);
        await proposer.ProposeAsync(Db, message.TenantId, publication.Platform, cancellationToken);
    }
}
