using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Jobs;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Consumers;

/// <summary>
/// Queues the cut analysis of an uploaded video. It only records the job (and acknowledges):
/// the work runs under a database lease in <see cref="JobWorker"/>, so its length has nothing
/// to do with the broker's delivery-acknowledgement timeout.
/// </summary>
public sealed class VideoUploadedConsumer(VideoDbContext db, TimeProvider clock, JobSignal signal, IOptions<VideoOptions> options, ILogger<VideoUploadedConsumer> logger)
    : IdempotentConsumer<VideoUploaded, VideoDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<VideoUploaded> context)
    {
        var message = context.Message;
        // Consumers run without a caller: the message's tenant is the filter.
        var video = await Db.Videos.IgnoreQueryFilters()
            .AnyAsync(v => v.Id == message.VideoId && v.TenantId == message.TenantId, context.CancellationToken);
        if (!video)
        {
            logger.LogWarning("VideoUploaded {EventId} names video {VideoId}, which this service does not have; no analysis queued", message.EventId, message.VideoId);
            return;
        }
        var exists = await Db.Jobs.IgnoreQueryFilters()
            .AnyAsync(j => j.SubjectId == message.VideoId && j.Kind == JobKinds.CutAnalysis, context.CancellationToken);
        if (exists)
        {
            return;
        }
        var now = Clock.GetUtcNow();
        var job = new VideoJob
        {
            Id = Guid.CreateVersion7(),
            TenantId = message.TenantId,
            VideoId = message.VideoId,
            SubjectId = message.VideoId,
            Kind = JobKinds.CutAnalysis,
            State = JobState.Pending,
            MaxAttempts = options.Value.JobMaxAttempts,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        Db.Jobs.Add(job);
        Db.AddEvent(new JobCreated(Guid.NewGuid(), message.TenantId, now, job.Id, job.VideoId, job.Kind), Clock);
        signal.Notify();
    }
}
