using System.Globalization;
using AdFlux.Video.Media;
using FFMpegCore;
using FFMpegCore.Pipes;

namespace AdFlux.Video.CutAnalysis;

/// <summary>
/// One ffmpeg process, one decode of the source, every signal at once: <c>scdet</c> scene scores
/// and frame differences (motion) per frame, frames sampled with their luma and saturation,
/// EBU R128 momentary loudness and silences on standard error, and mono PCM for the music
/// analysis on a pipe.
/// </summary>
public sealed class AnalysisPass(FfmpegGate gate)
{
    public const int SampleRate = 22050;

    public async Task<DecodedSignals> RunAsync(
        string source, string workFolder, double duration, bool hasAudio, double framesPerSecond, double? readRate,
        Action<double> onProgress, Action<string> onStderr, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var frames = Path.Combine(workFolder, "frames");
        Directory.CreateDirectory(frames);
        var scd = Path.Combine(workFolder, "scd.txt");
        var stats = Path.Combine(workFolder, "frames.txt");
        var rate = framesPerSecond.ToString(CultureInfo.InvariantCulture);
        var video = $"[0:v]scdet=threshold=10,metadata=mode=print:file={scd},fps={rate},signalstats,metadata=mode=print:file={stats},scale=-2:360[frames]";
        var audio = "[0:a]aformat=sample_fmts=flt:channel_layouts=mono,aresample=" + SampleRate +
            ",asplit=2[pcm][measure];[measure]silencedetect=noise=-35dB:d=0.4,ebur128[measured]";
        var graph = hasAudio ? video + ";" + audio : video;
        var frameOutput = $"-map \"[frames]\" -fps_mode passthrough -q:v 4 \"{Path.Combine(frames, "f%05d.jpg")}\"";

        var signals = new DecodedSignals { SampleRate = SampleRate };
        using var pcm = new MemoryStream();
        void ReadLine(string line)
        {
            StderrParser.Read(line, signals);
            onStderr(line);
        }
        var input = FFMpegArguments.FromFileInput(source, verifyExists: true, options =>
        {
            if (readRate is > 0)
            {
                options.WithCustomArgument($"-readrate {readRate.Value.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        var processor = hasAudio
            ? input.OutputToPipe(new StreamPipeSink(pcm), options => options
                .WithCustomArgument($"-hide_banner -nostats -filter_complex \"{graph}\" {frameOutput} -map \"[measured]\" -f null - -map \"[pcm]\"")
                .ForceFormat("f32le"))
            : input.OutputToNull(options => options
                .WithCustomArgument($"-hide_banner -nostats -filter_complex \"{graph}\" {frameOutput}"));
        var result = await gate.RunAsync(() => processor
            .NotifyOnPercentageProgress(onProgress, TimeSpan.FromSeconds(duration))
            .NotifyOnStandardError(ReadLine)
            .CancellableThrough(cancellationToken, TimeSpan.Zero)
            .ProcessAsynchronously(throwOnError: false), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (!result.Success)
        {
            throw new FfmpegFailedException("analysis", result.ExitCode, result.StandardError);
        }

        foreach (var (time, values) in MetadataFile.Read(scd))
        {
            signals.Frames.Add((time, values.GetValueOrDefault("lavfi.scd.score"), values.GetValueOrDefault("lavfi.scd.mafd")));
        }
        var files = Directory.GetFiles(frames, "f*.jpg").Order(StringComparer.Ordinal).ToList();
        var sampled = MetadataFile.Read(stats);
        for (var i = 0; i < files.Count; i++)
        {
            var (time, values) = i < sampled.Count ? sampled[i] : (i / framesPerSecond, new Dictionary<string, double>());
            signals.SampledFrames.Add(new SampledFrameFile(i + 1, time, files[i],
                values.GetValueOrDefault("lavfi.signalstats.YAVG"), values.GetValueOrDefault("lavfi.signalstats.SATAVG")));
        }
        for (var i = 0; i < signals.Silences.Count; i++)
        {
            if (double.IsPositiveInfinity(signals.Silences[i].End))
            {
                signals.Silences[i] = (signals.Silences[i].Start, duration);
            }
        }
        var bytes = pcm.ToArray();
        signals.Pcm = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, signals.Pcm, 0, signals.Pcm.Length * 4);
        return signals;
    }
}
