using System.Runtime.InteropServices;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>The few libc calls .NET lacks: sending a signal, asking who we are, and <c>flock</c>.</summary>
public static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => geteuid() == 0;

    /// <returns>False when no such process exists.</returns>
    public static bool Signal(int pid, int signal) => kill(pid, signal) == 0;

    /// <summary>
    /// Running, not merely a zombie: the children of a host that was killed outright are
    /// re-parented to an init that, in a container, may never reap them.
    /// </summary>
    public static bool IsAlive(int pid) => pid > 0 && kill(pid, 0) == 0 && !IsZombie(pid);

    /// <summary>Waits until <paramref name="pid"/> is gone (or a zombie); false when <paramref name="timeout"/> passed first.</summary>
    public static bool WaitUntilGone(int pid, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (IsAlive(pid))
        {
            if (Environment.TickCount64 > deadline)
            {
                return false;
            }
            Thread.Sleep(50);
        }
        return true;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat.LastIndexOf(')') is var end and > 0 && end + 2 < stat.Length && stat[end + 2] == 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Undoes an inherited "ignore SIGINT" (what a shell does to background jobs, and tools
    /// such as <c>script</c> pass on): .NET respects ignored signals, so Ctrl+C would never
    /// reach the AppHost. Must run before anything touches Console, Process or signal handling.
    /// </summary>
    public static void RestoreDefaultInterrupt() => signal(SigInt, 0 /* SIG_DFL */);

    /// <summary>Opens (creating) a file to hold an advisory lock on; -1 on failure.</summary>
    /// <remarks>Close-on-exec: a child started meanwhile (apt-get, postgres…) must not inherit the fd and with it the lock.</remarks>
    public static int OpenLockFile(string path) => open(path, OpenReadWrite | OpenCreate | OpenCloseOnExec, 438 /* 0666 */);

    /// <summary>An exclusive <c>flock</c> without waiting; false while another holder has it.</summary>
    public static bool TryLockExclusive(int fd) => flock(fd, LockExclusive | LockNonBlocking) == 0;

    public static void CloseFile(int fd) => close(fd);

    private const int OpenReadWrite = 2;
    private const int OpenCreate = 64;
    private const int OpenCloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(int fd, int operation);

    [LibraryImport("libc")]
    private static partial int close(int fd);

    [LibraryImport("libc")]
    private static partial nint signal(int sig, nint handler);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
