using System.Runtime.InteropServices;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>The few libc calls .NET's Process API lacks: sending a signal and asking who we are.</summary>
public static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => geteuid() == 0;

    /// <returns>False when no such process exists.</returns>
    public static bool Signal(int pid, int signal) => kill(pid, signal) == 0;

    public static bool IsAlive(int pid) => pid > 0 && kill(pid, 0) == 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
