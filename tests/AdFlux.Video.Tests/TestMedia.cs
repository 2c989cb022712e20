using System.Diagnostics;
using System.Globalization;

namespace AdFlux.Video.Tests;

/// <summary>Media the tests make with ffmpeg's lavfi sources, so nothing binary is committed.</summary>
public static class TestMedia
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), $"adflux-video-media-{Environment.ProcessId}");

    /// <summary>A small H.264/AAC MP4 with a test pattern and a tone; <paramref name="seed"/> changes its bytes.</summary>
    public static Task<string> SmallMp4Async(double seconds = 2, int seed = 0, bool faststart = true) =>
        MakeAsync($"small-{seconds}-{seed}-{faststart}.mp4",
            $"-f lavfi -i testsrc2=size=160x90:rate=10:duration={F(seconds)} -f lavfi -i sine=frequency={440 + seed}:duration={F(seconds)} " +
            $"-c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -b:a 64k -shortest {(faststart ? "-movflags +faststart" : "")}");

    /// <summary>
    /// Solid-colour shots cut at the <paramref name="boundaries"/> seconds (a hard cut each), over a tone, at <paramref name="fps"/>.
    /// </summary>
    public static Task<string> ShotsAsync(string name, double[] boundaries, int fps, string audioFilter)
    {
        // Neighbours differ strongly in luma and hue, as the shots of a real cut do in texture.
        var colors = new[] { "red", "blue", "yellow", "black", "white", "purple", "lime", "black", "orange", "navy", "white", "red" };
        var inputs = string.Join(' ', boundaries.Zip(boundaries.Skip(1)).Select((shot, i) =>
            $"-f lavfi -i color=c={colors[i % colors.Length]}:size=160x90:rate={fps}:duration={F(shot.Second - shot.First)}"));
        var shots = boundaries.Length - 1;
        var concat = string.Concat(Enumerable.Range(0, shots).Select(i => $"[{i}:v]")) + $"concat=n={shots}:v=1:a=0[v]";
        var duration = boundaries[^1] - boundaries[0];
        return MakeAsync(name,
            $"{inputs} -f lavfi -i \"{audioFilter}:d={F(duration)}\" -filter_complex \"{concat}\" -map \"[v]\" -map {shots}:a " +
            "-c:v libx264 -preset ultrafast -g 1000 -pix_fmt yuv420p -c:a aac -b:a 96k -shortest -movflags +faststart");
    }

    public static async Task<string> MakeAsync(string name, string arguments)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        if (File.Exists(path))
        {
            return path;
        }
        var partial = path + ".part" + Path.GetExtension(path);
        await RunAsync("ffmpeg", $"-y -hide_banner -loglevel error {arguments} \"{partial}\"");
        File.Move(partial, path, overwrite: true);
        return path;
    }

    public static async Task<string> RunAsync(string program, string arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {stderr}");
        }
        return await stdout + stderr;
    }

    public static string F(double value) => value.ToString(CultureInfo.InvariantCulture);
}
