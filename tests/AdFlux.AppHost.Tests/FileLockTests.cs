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
            // flock belongs to the open file, so a second open in this process contends like another process would.
            var second = FileLock.AcquireAsync(path, CancellationToken.None);
            // A child started while the lock is held must not inherit it (this once kept it forever).
            using (var child = System.Diagnostics.Process.Start("sleep", "30"))
            {
                await Task.Delay(600);
                Assert.False(second.IsCompleted);
                first.Dispose();
                using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(10));
                child.Kill();
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
