using AdFlux.Video;
using AdFlux.Video.CutAnalysis;
using AdFlux.Video.Media;
using AdFlux.Video.Music;
using AdFlux.Video.Variants;
using FFMpegCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Pipeline.Benchmark;

/// <summary>
/// The service's own code, as its job handlers run it minus the database: the one-pass analysis,
/// music analysis and clip proposal of <c>CutAnalysisHandler</c>; the one-pass render of every
/// format and the ffprobe check of each variant of <c>RenderVariantsHandler</c>.
/// </summary>
public sealed class ServicePipeline(IReadOnlyList<int> lengths) : IDisposable
{
    private readonly FfmpegGate _gate = new(Options.Create(new VideoOptions { MaxConcurrentFfmpeg = 1 }));

    public async Task<IReadOnlyList<ProposedClip>> AnalyseAsync(string source, string work, double duration)
    {
        try
        {
            var signals = await new AnalysisPass(_gate).RunAsync(source, work, duration, hasAudio: true, 1, null, _ => { }, _ => { }, CancellationToken.None);
            var music = signals.Pcm.Length > 0 ? MusicAnalysis.Of(signals.Pcm, signals.SampleRate) : MusicAnalysis.None;
            var cuts = ClipProposer.SceneCuts(signals);
            var silences = signals.Silences.Select(s => new SilenceSpan(Math.Round(s.Start, 3), Math.Round(s.End, 3))).ToList();
            var boundaries = ClipProposer.Boundaries(duration, cuts, music, silences);
            return ClipProposer.Propose(duration, lengths, boundaries, music, signals, silences);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public async Task RenderAsync(string source, ProposedClip clip, string work)
    {
        Directory.CreateDirectory(work);
        try
        {
            var duration = clip.End - clip.Start;
            var outputs = PlatformFormat.All.Select(f => (f, Path.Combine(work, $"{f.Name.Replace(':', 'x')}.mp4"))).ToList();
            await new VariantRenderer(_gate).RenderAsync(source, clip.Start, duration, hasAudio: true, outputs, blurFit: false, _ => { }, _ => { }, CancellationToken.None);
            foreach (var (format, path) in outputs)
            {
                var analysis = await FFProbe.AnalyseAsync(path);
                if (VariantCheck.Problem(analysis, format, duration, path) is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public void Dispose() => _gate.Dispose();
}
