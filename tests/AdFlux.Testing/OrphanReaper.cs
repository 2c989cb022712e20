using System.Diagnostics;
using System.Globalization;

namespace AdFlux.Testing;

/// <summary>
/// The test host can be ended before its exit handlers finish, which left test servers running.
/// A small watcher outlives it: once the test host's pid is gone it kills the servers' process
/// groups (each child runs under setsid, so its pid is its group), then any process still working
/// inside their folder (postgres children call setsid themselves, so no group reaches them), and
/// removes the folder.
/// The watcher is double-forked so a kill of the test host's process tree does not reach it.
/// </summary>
internal static class OrphanReaper
{
    public static void Watch(IEnumerable<int> processGroups, string directory)
    {
        var groups = string.Join(' ', processGroups.Select(pid => pid.ToString(CultureInfo.InvariantCulture)));
        var folder = directory.Replace("'", "", StringComparison.Ordinal);
        var script = $"""
            while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done
            for group in {groups}; do kill -KILL -- -$group 2>/dev/null; done
            for process in /proc/[0-9]*; do
              case "$(readlink $process/cwd 2>/dev/null)" in '{folder}'/*) kill -KILL "$(basename $process)" 2>/dev/null;; esac
            done
            rm -rf '{folder}'
            """;
        var detached = $"setsid bash -c {Quote(script)} </dev/null >/dev/null 2>&1 &";
        var info = new ProcessStartInfo("bash", ["-c", detached])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var launcher = Process.Start(info)!;
        launcher.StandardInput.Close();
        launcher.WaitForExit();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
