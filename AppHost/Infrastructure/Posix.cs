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

    public static bool IsAlive(int pid) => pid > 0 && kill(pid, 0) == 0;

    /// <summary>Opens (creating) a file to hold an advisory lock on; -1 on failure.</summary>
    public static int OpenLockFile(string path) => open(path, OpenReadWrite | OpenCreate, 438 /* 0666 */);

    /// <summary>An exclusive <c>flock</c> without waiting; false while another holder has it.</summary>
    public static bool TryLockExclusive(int fd) => flock(fd, LockExclusive | LockNonBlocking) == 0;

    public static void CloseFile(int fd) => close(fd);

    private const int OpenReadWrite = 2;
    private const int OpenCreate = 64;
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
    private static partial uint geteuid();
}
