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
    public static readonly Prerequisite Fonts = new("DejaVu fonts", "fonts-dejavu-core", () => File.Exists("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    public static readonly Prerequisite Chromium = new("Chromium", "chromium", () => File.Exists(ChromiumExecutable));

    /// <summary>Debian's headless-capable browser; end-to-end tests drive it with Playwright (its own browser download is not reachable).</summary>
    public const string ChromiumExecutable = "/usr/bin/chromium";

    public const string RabbitMqServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string Epmd = "/usr/bin/epmd";

    /// <summary>Held across processes while installing: test hosts may all start on a fresh machine at once.</summary>
    private const string InstallLockFile = "/tmp/adflux-prerequisites.lock";

    public static async Task EnsureAsync(IEnumerable<Prerequisite> wanted, Action<string> log, CancellationToken cancellationToken)
    {
        var wantedList = wanted.ToList();
        var missing = Missing(wantedList);
        if (missing.Count == 0)
        {
            return;
        }
        if (!Posix.IsRoot)
        {
            throw new PrerequisiteMissingException(
                $"{string.Join(", ", missing.Select(p => p.Name))} not installed: run `sudo apt-get install -y {PackagesOf(missing)}` and start again.");
        }

        using (await FileLock.AcquireAsync(InstallLockFile, cancellationToken))
        {
            // Another process may have installed them while we waited for the lock.
            missing = Missing(wantedList);
            if (missing.Count == 0)
            {
                return;
            }
            log($"Installing {PackagesOf(missing)} (first run on this machine)…");
            await RunAsync("apt-get", "update -q", cancellationToken);
            await RunAsync("apt-get", $"install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 {PackagesOf(missing)}", cancellationToken);
        }
        var stillMissing = Missing(missing);
        if (stillMissing.Count > 0)
        {
            throw new PrerequisiteMissingException(
                $"apt-get did not install {string.Join(", ", stillMissing.Select(p => p.Name))}: run `apt-get install -y {PackagesOf(stillMissing)}` and read its errors.");
        }
    }

    private static List<Prerequisite> Missing(IEnumerable<Prerequisite> wanted) => wanted.Where(p => !p.IsPresent()).ToList();

    private static string PackagesOf(IEnumerable<Prerequisite> prerequisites) => string.Join(' ', prerequisites.Select(p => p.DebianPackages));

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
