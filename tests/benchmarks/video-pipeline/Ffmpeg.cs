using System.Diagnostics;
using System.Globalization;

namespace AdFlux.Video.Pipeline.Benchmark;

/// <summary>Runs ffmpeg directly, as a person would at a shell.</summary>
public static class Ffmpeg
{
    public static async Task RunAsync(string arguments)
    {
        var info = new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {arguments} failed ({process.ExitCode}): {stderr[^Math.Min(stderr.Length, 2000)..]}");
        }
    }

    public static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
