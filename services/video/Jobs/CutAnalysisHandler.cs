using System.Text.Json;
using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.CutAnalysis;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Music;
using AdFlux.Video.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Jobs;

/// <summary>
/// Cut analysis of one video: one decode pass, the music analysis of its PCM, clip proposals per
/// platform length, sampled frames and thumbnails stored, and the events that announce them.
/// </summary>
public sealed class CutAnalysisHandler(AnalysisPass pass, IMediaStorage storage, IOptions<VideoOptions> options, TimeProvider clock) : IJobHandler
{
    public const int MaxFramesPerEvent = 300;

    public string Kind => JobKinds.CutAnalysis;

    public async Task RunAsync(JobContext context, VideoDbContext db, CancellationToken cancellationToken)
    {
        var job = context.Job;
        var video = await db.Videos.IgnoreQueryFilters().AsNoTracking().FirstAsync(v => v.Id == job.VideoId, cancellationToken);
        var work = storage.PathOf(StorageKeys.JobWork(job.Id));
        try
        {
            context.Report("decoding", 0);
            var signals = await pass.RunAsync(
                await storage.LocalFileAsync(video.StorageKey, work, cancellationToken), work, video.DurationSeconds, video.AudioCodec is not null,
                options.Value.SampleFramesPerSecond, options.Value.AnalysisReadRate,
                percent => context.Report("decoding", percent * 0.85), context.Stderr, cancellationToken);

            context.Report("music analysis", 86);
            var music = signals.Pcm.Length > 0 ? MusicAnalysis.Of(signals.Pcm, signals.SampleRate) : MusicAnalysis.None;
            cancellationToken.ThrowIfCancellationRequested();

            context.Report("proposing clips", 92);
            var cuts = ClipProposer.SceneCuts(signals);
            var silences = signals.Silences.Select(s => new SilenceSpan(Math.Round(s.Start, 3), Math.Round(s.End, 3))).ToList();
            var boundaries = ClipProposer.Boundaries(video.DurationSeconds, cuts, music, silences);
            var clips = ClipProposer.Propose(video.DurationSeconds, options.Value.ClipLengths, boundaries, music, signals, silences);
            var result = new AnalysisResult(
                video.DurationSeconds, cuts, music.Grid.TempoBpm,
                music.Grid.Beats.Select(b => Math.Round(b, 3)).ToList(), music.Grid.Downbeats.Select(b => Math.Round(b, 3)).ToList(),
                RepeatedSections(music), silences, MeanLoudness(signals), signals.SampledFrames.Count, clips);

            await SaveAsync(db, video, job, signals, result, cancellationToken);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private async Task SaveAsync(VideoDbContext db, VideoAsset video, VideoJob job, DecodedSignals signals, AnalysisResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A re-run replaces what an earlier run of this video's analysis stored.
        // Removed in the same SaveChanges that adds the new ones, which the worker commits with the job's success.
        db.Clips.RemoveRange(await db.Clips.IgnoreQueryFilters().Where(c => c.VideoId == video.Id).ToListAsync(cancellationToken));
        db.Analyses.RemoveRange(await db.Analyses.IgnoreQueryFilters().Where(a => a.VideoId == video.Id).ToListAsync(cancellationToken));

        var frames = new List<SampledFrame>();
        foreach (var frame in signals.SampledFrames)
        {
            var key = StorageKeys.Frame(video.TenantId, video.Id, frame.Index);
            File.Copy(frame.Path, storage.PathOf(key), overwrite: true);
            frames.Add(new SampledFrame(Guid.NewGuid(), Math.Round(frame.Time, 3), key));
        }
        db.Analyses.Add(new VideoAnalysis
        {
            Id = Guid.CreateVersion7(),
            TenantId = video.TenantId,
            VideoId = video.Id,
            JobId = job.Id,
            TempoBpm = result.TempoBpm,
            Document = JsonSerializer.Serialize(result, JsonSerializerOptions.Web),
            CreatedAt = now,
        });
        foreach (var proposal in result.Clips)
        {
            var clip = new Clip
            {
                Id = Guid.CreateVersion7(),
                TenantId = video.TenantId,
                VideoId = video.Id,
                JobId = job.Id,
                TargetSeconds = proposal.TargetSeconds,
                Rank = proposal.Rank,
                StartSeconds = proposal.Start,
                EndSeconds = proposal.End,
                VisualScore = proposal.VisualScore,
                Reason = proposal.Reason.Length > 1000 ? proposal.Reason[..1000] : proposal.Reason,
                StartType = proposal.StartType,
                CreatedAt = now,
            };
            if (proposal.ThumbnailFrame is { } index && signals.SampledFrames.FirstOrDefault(f => f.Index == index) is { } best)
            {
                clip.ThumbnailKey = StorageKeys.Thumbnail(video.TenantId, video.Id, clip.Id);
                // A copy: the frame itself may be the best of another clip too.
                var thumbnail = $"{best.Path}.{clip.Id:N}.jpg";
                File.Copy(best.Path, thumbnail, overwrite: true);
                await storage.PublishAsync(thumbnail, clip.ThumbnailKey, cancellationToken);
            }
            db.Clips.Add(clip);
            db.AddEvent(new ClipCreated(Guid.NewGuid(), video.TenantId, now, clip.Id, video.Id, clip.StartSeconds, clip.EndSeconds,
                clip.VisualScore, clip.TargetSeconds, clip.Reason), clock);
        }
        foreach (var batch in frames.Chunk(MaxFramesPerEvent))
        {
            db.AddEvent(new FramesSampled(Guid.NewGuid(), video.TenantId, now, video.Id, job.Id, batch), clock);
        }
    }

    private static List<ChorusSection> RepeatedSections(MusicAnalysis music)
    {
        var sections = new List<ChorusSection>();
        foreach (var bar in music.Bars.Where(b => b.Repetition >= 0.9))
        {
            if (sections.Count > 0 && Math.Abs(sections[^1].End - bar.Start) < 0.05)
            {
                var last = sections[^1];
                sections[^1] = last with { End = Math.Round(bar.End, 3), Repetition = Math.Max(last.Repetition, Math.Round(bar.Repetition, 3)), Energy = Math.Max(last.Energy, Math.Round(bar.Energy, 3)) };
            }
            else
            {
                sections.Add(new ChorusSection(Math.Round(bar.Start, 3), Math.Round(bar.End, 3), Math.Round(bar.Repetition, 3), Math.Round(bar.Energy, 3)));
            }
        }
        return sections;
    }

    private static double? MeanLoudness(DecodedSignals signals)
    {
        var audible = signals.Loudness.Where(l => l.Lufs > -70).Select(l => Math.Pow(10, l.Lufs / 10)).ToList();
        return audible.Count == 0 ? null : Math.Round(10 * Math.Log10(audible.Average()), 2);
    }
}
