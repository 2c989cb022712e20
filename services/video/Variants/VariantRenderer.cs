using System.Globalization;
using AdFlux.Video.Media;
using AdFlux.Video.Reframing;
using FFMpegCore;

namespace AdFlux.Video.Variants;

/// <summary>
/// Renders every format of a clip in one ffmpeg process straight from the source (one decode,
/// one encode per format, no intermediate generation): the clip's span is cut at the input,
/// the picture split per format (a window following the face track, a centre crop, or the frame
/// fitted over a blurred copy of itself),
/// the audio loudness-normalised to −14 LUFS once and shared, H.264 + AAC, faststart.
/// </summary>
public sealed class VariantRenderer(FfmpegGate gate)
{
    public const double TargetLufs = -14;

    public async Task RenderAsync(
        string source, double start, double duration, bool hasAudio, IReadOnlyList<(PlatformFormat Format, string Path)> outputs, bool blurFit,
        Action<double> onProgress, Action<string> onStderr, CancellationToken cancellationToken, IReadOnlyList<CropPath?>? faceTracks = null)
    {
        var n = outputs.Count;
        var graph = new List<string> { $"[0:v]split={n}" + string.Concat(Enumerable.Range(0, n).Select(i => $"[v{i}]")) };
        for (var i = 0; i < n; i++)
        {
            var (w, h) = (outputs[i].Format.Width, outputs[i].Format.Height);
            var track = faceTracks?[i];
            graph.Add(track is not null
                ? $"[v{i}]{track.ToCropFilter()},scale={w}:{h},setsar=1,format=yuv420p[o{i}]"
                : blurFit
                ? $"[v{i}]split[bg{i}][fg{i}];[bg{i}]scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h},boxblur=20:2[bb{i}];" +
                  $"[fg{i}]scale={w}:{h}:force_original_aspect_ratio=decrease[ff{i}];[bb{i}][ff{i}]overlay=(W-w)/2:(H-h)/2,setsar=1,format=yuv420p[o{i}]"
                : $"[v{i}]scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h},setsar=1,format=yuv420p[o{i}]");
        }
        if (hasAudio)
        {
            graph.Add($"[0:a]loudnorm=I={TargetLufs.ToString(CultureInfo.InvariantCulture)}:TP=-1.5:LRA=11,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asplit={n}"
                + string.Concat(Enumerable.Range(0, n).Select(i => $"[a{i}]")));
        }
        var maps = string.Join(' ', outputs.Select((output, i) =>
            $"-map \"[o{i}]\" {(hasAudio ? $"-map \"[a{i}]\" -c:a aac -b:a 192k" : "")} -c:v libx264 -preset veryfast -crf 20 -profile:v high " +
            $"-movflags +faststart -t {D(duration)} -y \"{output.Path}\""));
        // The last output goes through FFMpegCore's own output argument; the others ride the custom argument.
        var last = outputs[^1];
        // Face tracks make long expressions: the graph goes in a file beside the outputs, clear of the argument length limit.
        var script = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(last.Path))!, $"graph-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(script, string.Join(";\n", graph), cancellationToken);
        var others = maps[..maps.LastIndexOf("-y \"", StringComparison.Ordinal)];
        FFMpegCore.FFMpegResult result;
        try
        {
            result = await gate.RunAsync(() => FFMpegArguments
                .FromFileInput(source, verifyExists: true, input => input.WithStartTime(TimeSpan.FromSeconds(start)))
                .OutputToFile(last.Path, overwrite: true, options => options
                    .WithCustomArgument($"-hide_banner -nostats -filter_complex_script \"{script}\" {others}"))
                .NotifyOnPercentageProgress(onProgress, TimeSpan.FromSeconds(duration))
                .NotifyOnStandardError(onStderr)
                .CancellableThrough(cancellationToken, TimeSpan.Zero)
                .ProcessAsynchronously(throwOnError: false), cancellationToken);
        }
        finally
        {
            File.Delete(script);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (!result.Success)
        {
            throw new FfmpegFailedException("variant render", result.ExitCode, result.StandardError);
        }
    }

    private static string D(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
