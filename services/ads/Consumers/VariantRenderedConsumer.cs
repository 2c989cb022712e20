using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Variants;
using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Consumers;

/// <summary>
/// Attaches each variant video renders of a clip to the content requests (of the message's tenant)
/// that name the clip and still take assets (draft or generating), as uploads do. Idempotent on the
/// event (inbox) and on the variant per request (unique key): a redelivery adds nothing.
/// </summary>
public sealed class VariantRenderedConsumer(AdsDbContext db, TimeProvider clock, ILogger<VariantRenderedConsumer> logger)
    : IdempotentConsumer<VariantRendered, AdsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<VariantRendered> context)
    {
        var message = context.Message;
        var requests = await Db.ContentRequests.Where(r => r.ClipId == message.ClipId)
            .Include(r => r.VideoVariants).ToListAsync(context.CancellationToken);
        foreach (var request in requests)
        {
            if (request.Status is not (RequestStatus.Draft or RequestStatus.Generating))
            {
                logger.LogInformation("Variant {VariantId} of clip {ClipId} not attached to request {RequestId}: it is {Status}",
                    message.VariantId, message.ClipId, request.Id, request.Status);
                continue;
            }
            if (request.VideoVariants.Any(v => v.VariantId == message.VariantId))
            {
                continue;
            }
            request.VideoVariants.Add(new StudioVideoVariant
            {
                Id = Guid.CreateVersion7(),
                TenantId = request.TenantId,
                ClientProfileId = request.ClientProfileId,
                ContentRequestId = request.Id,
                VariantId = message.VariantId,
                ClipId = message.ClipId,
                Platform = message.Platform,
                Width = message.Width,
                Height = message.Height,
                DurationSeconds = message.DurationSeconds,
                RenderedAt = message.OccurredAt,
                ReceivedAt = Clock.GetUtcNow(),
            });
            request.UpdatedAt = Clock.GetUtcNow();
            request.Revision++;
        }
    }
}
