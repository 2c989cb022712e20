using AdFlux.Contracts.MlDetection;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Consumers;

/// <summary>
/// Keeps the faces ml-detection found in a video's sampled frames, for face-tracked reframing.
/// A frame detected again by the same model replaces its earlier faces (the latest answer wins);
/// detections of uploads, other tenants' or unknown videos are ignored.
/// </summary>
public sealed class DetectionCompletedConsumer(VideoDbContext db, TimeProvider clock)
    : IdempotentConsumer<DetectionCompleted, VideoDbContext>(db, clock)
{
    public const string FaceLabel = "face";

    protected override async Task HandleAsync(ConsumeContext<DetectionCompleted> context)
    {
        var message = context.Message;
        if (message.SubjectType != "frame" || message.VideoId is not { } videoId || message.AtSeconds is not { } at)
        {
            return;
        }
        var cancellationToken = context.CancellationToken;
        // Consumers run without a caller: the message's tenant is the filter.
        if (!await Db.Videos.IgnoreQueryFilters().AnyAsync(v => v.Id == videoId && v.TenantId == message.TenantId, cancellationToken))
        {
            return;
        }
        var earlier = await Db.FaceBoxes.IgnoreQueryFilters()
            .Where(f => f.FrameId == message.SubjectId && f.Model == message.Model && f.TenantId == message.TenantId)
            .ToListAsync(cancellationToken);
        Db.FaceBoxes.RemoveRange(earlier);
        var now = Clock.GetUtcNow();
        foreach (var face in message.Objects.Where(o => o.Label == FaceLabel && o.Width > 0 && o.Height > 0))
        {
            Db.FaceBoxes.Add(new FaceBox
            {
                Id = Guid.CreateVersion7(),
                TenantId = message.TenantId,
                VideoId = videoId,
                FrameId = message.SubjectId,
                AtSeconds = at,
                X = Math.Clamp(face.X, 0, 1),
                Y = Math.Clamp(face.Y, 0, 1),
                Width = Math.Clamp(face.Width, 0, 1),
                Height = Math.Clamp(face.Height, 0, 1),
                Confidence = face.Confidence,
                Model = message.Model.Length > 100 ? message.Model[..100] : message.Model,
                CreatedAt = now,
            });
        }
    }
}
