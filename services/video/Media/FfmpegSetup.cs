using FFMpegCore;

namespace AdFlux.Video.Media;

/// <summary>
/// Finds Debian's ffmpeg and ffprobe and configures FFMpegCore once for the process. Without them
/// the service stops at start-up with one line naming the command that installs them (as the
/// AppHost's prerequisites do for PostgreSQL and RabbitMQ).
/// </summary>
public static class FfmpegSetup
{
    public const string InstallHint = "ffmpeg not installed: run `sudo apt-get install -y ffmpeg` and start again.";

    private static readonly Lock Gate = new();

    public static string BinaryFolder { get; private set; } = "";

    public static void Configure(string temporaryFolder)
    {
        lock (Gate)
        {
            var folder = FindFolder() ?? throw new InvalidOperationException(InstallHint);
            Directory.CreateDirectory(temporaryFolder);
            GlobalFFOptions.Configure(new FFOptions { BinaryFolder = folder, TemporaryFilesFolder = temporaryFolder });
            BinaryFolder = folder;
        }
    }

    private static string? FindFolder() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "ffmpeg")) && File.Exists(Path.Combine(dir, "ffprobe")));
}
