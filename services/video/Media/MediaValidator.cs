using System.Globalization;
using FFMpegCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Media;

/// <summary>
/// Decides whether a file is a usable video: ffprobe must read it (container, codecs, duration,
/// resolution, frame rate within limits), and its last seconds must decode, because a truncated
/// file whose index is at the front still probes as complete.
/// </summary>
public sealed class MediaValidator(FfmpegGate gate, IOptions<VideoOptions> options)
{
    private static readonly HashSet<string> Containers = ["mov", "mp4", "m4a", "3gp", "3g2", "mj2", "matroska", "webm", "avi", "mpegts", "flv", "mxf", "ogg"];

    private static readonly HashSet<string> VideoCodecs =
        ["h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "mpeg2video", "mpeg1video", "prores", "dnxhd", "mjpeg", "theora", "flv1", "h263", "msmpeg4v3"];

    public async Task<MediaCheck> CheckAsync(string path, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length == 0)
        {
            return MediaCheck.Invalid("The file is empty.");
        }
        IMediaAnalysis analysis;
        try
        {
            analysis = await gate.RunAsync(() => FFProbe.AnalyseAsync(path, cancellationToken: cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return MediaCheck.Invalid($"Not a readable video file: {LastLine(ex.Message)}");
        }

        var formats = (analysis.Format.FormatName ?? "").Split(',');
        var video = analysis.PrimaryVideoStream;
        if (video is null)
        {
            return MediaCheck.Invalid("The file has no video stream.");
        }
        if (!formats.Any(Containers.Contains))
        {
            return MediaCheck.Invalid($"Container '{analysis.Format.FormatName}' is not a supported video container.");
        }
        if (video.CodecName is null || !VideoCodecs.Contains(video.CodecName))
        {
            return MediaCheck.Invalid($"Video codec '{video.CodecName}' is not supported.");
        }
        var duration = analysis.Duration.TotalSeconds;
        if (duration <= 0)
        {
            return MediaCheck.Invalid("The video has no duration.");
        }
        if (duration > options.Value.MaxDurationSeconds)
        {
            return MediaCheck.Invalid($"The video lasts {duration:F0} s; at most {options.Value.MaxDurationSeconds:F0} s are accepted.");
        }
        if (video.Width is not (>= 16 and <= 8192) || video.Height is not (>= 16 and <= 8192))
        {
            return MediaCheck.Invalid($"Resolution {video.Width}x{video.Height} is outside 16..8192 pixels.");
        }
        var fps = video.AverageFrameRate is > 0 and < 1000 ? video.AverageFrameRate : video.RealFrameRate;
        if (fps is not (> 0 and <= 240))
        {
            return MediaCheck.Invalid($"Frame rate {fps.ToString(CultureInfo.InvariantCulture)} is outside 0..240 fps.");
        }

        var tailError = await DecodeTailAsync(path, duration, cancellationToken);
        if (tailError is not null)
        {
            return MediaCheck.Invalid($"The file is truncated or corrupt: {tailError}");
        }
        return MediaCheck.Valid(new MediaInfo(
            analysis.Format.FormatName!, video.CodecName, analysis.PrimaryAudioStream?.CodecName,
            duration, video.Width.Value, video.Height.Value, Math.Round(fps, 3)));
    }

    private async Task<string?> DecodeTailAsync(string path, double duration, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var start = TimeSpan.FromSeconds(Math.Max(0, duration - 2));
        var result = await gate.RunAsync(() => FFMpegArguments
            .FromFileInput(path, verifyExists: true, input => input.WithStartTime(start))
            // ffmpeg scans the whole command line for these before it prints anything.
            .OutputToNull(output => output.ForceFormat("null").WithCustomArgument("-hide_banner -loglevel error -nostats"))
            .NotifyOnStandardError(line => errors.Add(line))
            .CancellableThrough(cancellationToken)
            .ProcessAsynchronously(throwOnError: false), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var meaningful = errors.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (result.ExitCode != 0 || meaningful.Count > 0)
        {
            return meaningful.Count > 0 ? meaningful[^1].Trim() : $"ffmpeg exited with {result.ExitCode}";
        }
        return null;
    }

    private static string LastLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? message;
}
