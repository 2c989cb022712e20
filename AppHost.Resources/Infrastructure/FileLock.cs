namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// An exclusive advisory lock (<c>flock</c>) on a file, held until disposed. It serialises work
/// across processes, e.g. several test hosts installing prerequisites on a fresh machine at once;
/// the kernel releases it if the holder dies.
/// </summary>
public sealed class FileLock : IDisposable
{
    private int _fd;

    private FileLock(int fd) => _fd = fd;

    public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var fd = Posix.OpenLockFile(path);
        if (fd < 0)
        {
            throw new IOException($"Cannot open lock file {path}.");
        }
        try
        {
            while (!Posix.TryLockExclusive(fd))
            {
                await Task.Delay(250, cancellationToken);
            }
        }
        catch
        {
            Posix.CloseFile(fd);
            throw;
        }
        return new FileLock(fd);
    }

    public void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            Posix.CloseFile(fd);
        }
    }
}
