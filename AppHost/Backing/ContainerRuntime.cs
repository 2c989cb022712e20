using System.Diagnostics;

namespace AdFlux.AppHost.Backing;

/// <summary>Whether Docker or Podman answers here (<c>info</c> exits 0 within a few seconds).</summary>
public static class ContainerRuntime
{
    public static async Task<bool> AnswersAsync()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            if (await AnswersAsync(runtime))
            {
                return true;
            }
        }
        return false;
    }

    private static async Task<bool> AnswersAsync(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                return process.ExitCode == 0;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
