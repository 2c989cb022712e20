using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Reframing;
using AdFlux.Video.Storage;
using AdFlux.Video.Variants;
using FFMpegCore;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Jobs;

/// <summary>
/// Renders a clip's platform variants in one pass, checks each against its format's spec with
/// ffprobe, and only then publishes them to the store and records them with <see cref="VariantRendered"/>.
/// Files are written in the job's work folder, so a failed or cancelled render leaves nothing visible.
/// </summary>
public sealed class RenderVariantsHandler(VariantRenderer renderer, IMediaStorage storage, TimeProvider clock) : IJobHandler
{
    public string Kind => JobKinds.RenderVariants;

    public async Task RunAsync(JobContext context, VideoDbContext db, CancellationToken cancellationToken)
    {
        var job = context.Job;
        var clip = await db.Clips.IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == job.SubjectId, cancellationToken);
        var video = await db.Videos.IgnoreQueryFilters().AsNoTracking().FirstAsync(v => v.Id == clip.VideoId, cancellationToken);
        var request = RenderRequest.Parse(job.Parameters);
        var work = storage.PathOf(StorageKeys.JobWork(job.Id));
        Directory.CreateDirectory(work);
        try
        {
            var duration = clip.EndSeconds - clip.StartSeconds;
            var outputs = request.Formats.Select(f => (f, Path.Combine(work, $"{f.Name.Replace(':', 'x')}.mp4"))).ToList();
            // A blurred fit shows the whole frame already; a crop follows the faces when ml-detection found any near the clip.
            var faces = request.BlurFit ? [] : FaceTrack.Of(await db.FaceBoxes.IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.VideoId == video.Id && f.TenantId == video.TenantId
                    && f.AtSeconds >= clip.StartSeconds - FaceTrackPlanner.MaxGapSeconds && f.AtSeconds <= clip.EndSeconds + FaceTrackPlanner.MaxGapSeconds)
                .ToListAsync(cancellationToken));
            var tracks = request.Formats
                .Select(f => FaceTrackPlanner.Plan(faces, video.Width, video.Height, f.Width, f.Height, clip.StartSeconds, duration)).ToList();
            context.Report("rendering", 0);
            var source = await storage.LocalFileAsync(video.StorageKey, work, cancellationToken);
            await renderer.RenderAsync(source, clip.StartSeconds, duration, video.AudioCodec is not null, outputs,
                request.BlurFit, p => context.Report("rendering", p * 0.9), context.Stderr, cancellationToken, tracks);

            context.Report("verifying", 92);
            foreach (var (format, path) in outputs)
            {
                var analysis = await FFProbe.AnalyseAsync(path, cancellationToken: cancellationToken);
                if (VariantCheck.Problem(analysis, format, duration, path) is { } problem)
                {
                    throw new InvalidOperationException($"Rendered variant fails its spec: {problem}");
                }
            }

            var existing = await db.Variants.IgnoreQueryFilters().Where(v => v.ClipId == clip.Id).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var ((format, path), track) in outputs.Zip(tracks))
            {
                db.Variants.RemoveRange(existing.Where(v => v.Format == format.Name));
                var key = StorageKeys.Variant(clip.TenantId, clip.VideoId, clip.Id, format.Name);
                var size = new FileInfo(path).Length;
                await storage.PublishAsync(path, key, cancellationToken);
                var variant = new Variant
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = clip.TenantId,
                    ClipId = clip.Id,
                    VideoId = clip.VideoId,
                    JobId = job.Id,
                    Format = format.Name,
                    Width = format.Width,
                    Height = format.Height,
                    DurationSeconds = Math.Round(duration, 3),
                    Reframe = request.BlurFit ? "blur-fit" : track is null ? "center-crop" : "face-track",
                    StorageKey = key,
                    SizeBytes = size,
                    CreatedAt = now,
                };
                db.Variants.Add(variant);
                db.AddEvent(new VariantRendered(Guid.NewGuid(), clip.TenantId, now, variant.Id, clip.Id, format.Name, format.Width, format.Height,
                    variant.DurationSeconds), clock);
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
