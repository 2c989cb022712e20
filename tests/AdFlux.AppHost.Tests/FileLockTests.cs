using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost.Tests;

public sealed class FileLockTests
{
    [Fact]
    public async Task A_second_holder_gets_the_lock_only_after_the_first_releases_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"adflux-lock-test-{Guid.NewGuid():N}");
        try
        {
            var first = await FileLock.AcquireAsync(path, CancellationToken.None);
            // A child started while the lock is held must not inherit it (this once kept it forever).
            using var child = System.Diagnostics.Process.Start("sleep", "30");
            // flock belongs to the open file, so a holder in another process contends like a second open here;
            // `flock -n` answers at once whether the lock is free: the signal, instead of waiting and hoping.
            Assert.Equal(1, await TryLockElsewhereAsync(path));
            var second = FileLock.AcquireAsync(path, CancellationToken.None);
            Assert.False(second.IsCompleted);

            first.Dispose();
            using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, await TryLockElsewhereAsync(path));
            acquired.Dispose();
            Assert.Equal(0, await TryLockElsewhereAsync(path));
            child.Kill();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>0 when another process could take the lock at once, 1 when it is held.</summary>
    private static async Task<int> TryLockElsewhereAsync(string path)
    {
        using var flock = System.Diagnostics.Process.Start("flock", ["-n", path, "true"])!;
        await flock.WaitForExitAsync();
        return flock.ExitCode;
    }
}
