using System.Diagnostics;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// The Debian packages AdFlux runs on. As root a missing one is installed with apt-get;
/// otherwise start-up stops with one line saying what to run.
/// </summary>
public static class Prerequisites
{
    public static readonly Prerequisite PostgreSql = new("PostgreSQL", "postgresql", () => PostgresBinDirectory() is not null);
    public static readonly Prerequisite RabbitMq = new("RabbitMQ", "rabbitmq-server", () => File.Exists(RabbitMqServerScript));
    public static readonly Prerequisite Ffmpeg = new("ffmpeg", "ffmpeg", () => OnPath("ffmpeg") && OnPath("ffprobe"));
    public static readonly Prerequisite Node = new("Node.js and npm", "nodejs npm", () => OnPath("node") && OnPath("npm"));

    public const string RabbitMqServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string Epmd = "/usr/bin/epmd";

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task EnsureAsync(IEnumerable<Prerequisite> wanted, Action<string> log, CancellationToken cancellationToken)
    {
        var missing = wanted.Where(p => !p.IsPresent()).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var packages = string.Join(' ', missing.Select(p => p.DebianPackages));
        if (!Posix.IsRoot)
        {
            throw new PrerequisiteMissingException(
                $"{string.Join(", ", missing.Select(p => p.Name))} not installed: run `sudo apt-get install -y {packages}` and start again.");
        }

        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            log($"Installing {packages} (first run on this machine)…");
            await RunAsync("apt-get", "update -q", cancellationToken);
            await RunAsync("apt-get", $"install -y -q --no-install-recommends {packages}", cancellationToken);
        }
        finally
        {
            InstallLock.Release();
        }
        var stillMissing = missing.Where(p => !p.IsPresent()).Select(p => p.Name).ToList();
        if (stillMissing.Count > 0)
        {
            throw new PrerequisiteMissingException($"apt-get did not install {string.Join(", ", stillMissing)}: run `apt-get install -y {packages}` and read its errors.");
        }
    }

    /// <summary>The newest installed PostgreSQL's bin folder, e.g. <c>/usr/lib/postgresql/15/bin</c>.</summary>
    public static string? PostgresBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static async Task RunAsync(string program, string arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program, arguments) { UseShellExecute = false };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new PrerequisiteMissingException($"`{program} {arguments}` failed with exit code {process.ExitCode}.");
        }
    }
}

public sealed record Prerequisite(string Name, string DebianPackages, Func<bool> IsPresent);

public sealed class PrerequisiteMissingException(string message) : Exception(message);
