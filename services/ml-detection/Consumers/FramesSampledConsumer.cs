using AdFlux.Contracts.Video;
using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Api;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Domain;
using AdFlux.MlDetection.Images;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.MlDetection.Consumers;

/// <summary>
/// Faces and objects in each frame video sampled, stored as ml_detections with one
/// <c>DetectionCompleted</c> per frame and model (video reframes and scores with them). The rows
/// carry the message's tenant. A frame that cannot be read fails the message into retries and
/// then the error queue; nothing is half-recorded, the base commits all frames together.
/// </summary>
public sealed class FramesSampledConsumer(
    MlDetectionDbContext db, TimeProvider clock, ImageAnalyzer analyzer, DetectionRecorder recorder,
    ImageStore store, IOptions<MlDetectionOptions> options)
    : IdempotentConsumer<FramesSampled, MlDetectionDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<FramesSampled> context)
    {
        var message = context.Message;
        var passes = new List<(AnalysisKind Kind, float Confidence)> { (AnalysisKind.Faces, MlApi.DefaultFaceConfidence) };
        if (!string.IsNullOrWhiteSpace(options.Value.FrameObjectModel))
        {
            passes.Add((AnalysisKind.Objects, MlApi.DefaultConfidence));
        }
        foreach (var frame in message.Frames)
        {
            var image = new StoredImage
            {
                Id = frame.FrameId,
                TenantId = message.TenantId,
                Source = StoredImage.Frame,
                StorageKey = frame.StorageKey,
                VideoId = message.VideoId,
                AtSeconds = frame.AtSeconds,
                CreatedAt = Clock.GetUtcNow(),
            };
            var bytes = await store.ReadAsync(image, context.CancellationToken)
                ?? throw new FileNotFoundException($"Frame {frame.FrameId} is not in the media store", frame.StorageKey);
            // Kept so POST /api/ml/detect can name the frame by its id later.
            if (!await Db.Images.IgnoreQueryFilters().AnyAsync(i => i.Id == frame.FrameId, context.CancellationToken))
            {
                Db.Images.Add(image);
            }
            foreach (var (kind, confidence) in passes)
            {
                var (model, error) = analyzer.Resolve(kind, kind == AnalysisKind.Objects ? options.Value.FrameObjectModel : null);
                if (model is null)
                {
                    throw new InvalidOperationException(error);
                }
                var analysis = await analyzer.AnalyzeAsync(kind, bytes, "frame", model, new DetectionThresholds(confidence, MlApi.DefaultIoU), context.CancellationToken);
                // The frame's own id names the image, so a frame's rows are found by the id video gave it.
                recorder.Record(Db, message.TenantId, analysis with { ImageId = frame.FrameId }, "frame", frame.FrameId, message.VideoId, frame.AtSeconds);
            }
        }
    }
}
