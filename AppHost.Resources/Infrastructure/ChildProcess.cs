using System.Diagnostics;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// A child process in its own session (via <c>setsid</c>), so a terminal's Ctrl+C reaches only
/// the AppHost, which then stops children in order. Output lines are kept in a ring buffer
/// and announced through <see cref="OutputLine"/>; the pid is written to <c>PidFile</c> so a
/// later start can clean up after a host that was killed outright.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 500;
    private readonly Process _process;
    private readonly Queue<string> _recent = new();
    private readonly string? _pidFile;

    private ChildProcess(string name, Process process, string? pidFile)
    {
        Name = name;
        _process = process;
        _pidFile = pidFile;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public event Action<ChildProcess, string>? OutputLine;

    public static ChildProcess Start(string name, ChildProcessSpec spec)
    {
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, spec.PidFile);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        if (spec.Output is { } output)
        {
            child.OutputLine += (_, line) => output(line);
        }
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (spec.PidFile is not null)
        {
            File.WriteAllText(spec.PidFile, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return child;
    }

    public IReadOnlyList<string> RecentOutput()
    {
        lock (_recent)
        {
            return [.. _recent];
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Asks politely with <paramref name="signal"/>, then kills the whole tree after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace, int signal = Posix.SigTerm)
    {
        if (!_process.HasExited)
        {
            Posix.Signal(_process.Id, signal);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Grace period over: fall through to the kill.
            }
        }
        Kill();
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                ProcessTable.KillTree(_process.Id);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        if (_pidFile is not null)
        {
            File.Delete(_pidFile);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_recent)
        {
            _recent.Enqueue(line);
            while (_recent.Count > KeptLines)
            {
                _recent.Dequeue();
            }
        }
        OutputLine?.Invoke(this, line);
    }

    /// <summary>
    /// Kills the process a pid file names if it is still running from an earlier host that was
    /// killed outright; its command line must contain <paramref name="commandMarker"/>, so a
    /// reused pid is never mistaken for ours.
    /// </summary>
    public static void KillLeftover(string pidFile, string commandMarker)
    {
        if (!File.Exists(pidFile))
        {
            return;
        }
        if (int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) && Posix.IsAlive(pid) && CommandLineOf(pid).Contains(commandMarker, StringComparison.Ordinal))
        {
            ProcessTable.KillTree(pid);
            Posix.WaitUntilGone(pid, TimeSpan.FromSeconds(10));
        }
        File.Delete(pidFile);
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
