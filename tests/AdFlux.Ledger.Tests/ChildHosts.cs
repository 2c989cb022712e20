using System.Diagnostics;

namespace AdFlux.Ledger.Tests;

/// <summary>Runs this test assembly as a child process (its own entry point picks the host by its first argument).</summary>
public static class ChildHosts
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(typeof(ChildHosts).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info)!;
    }

    /// <summary>Waits for the child to print <paramref name="line"/>; its stderr and early exit make the failure message.</summary>
    public static async Task WaitForLineAsync(Process child, string line, TimeSpan timeout)
    {
        var errors = child.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await child.StandardOutput.ReadLineAsync(cts.Token) is { } read)
            {
                if (read == line)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            child.Kill();
            throw new TimeoutException($"The child host did not print '{line}' within {timeout}.");
        }
        throw new InvalidOperationException($"The child host exited before printing '{line}': {await errors}");
    }

    private static string DotnetHost =>
        Environment.ProcessPath is { } path && Path.GetFileName(path) == "dotnet" ? path : "dotnet";
}
