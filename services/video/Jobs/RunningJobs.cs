using System.Collections.Concurrent;

namespace AdFlux.Video.Jobs;

/// <summary>The jobs running in this process, so a cancel request reaches their ffmpeg at once instead of at the next heartbeat.</summary>
public sealed class RunningJobs
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    public void Add(Guid jobId, CancellationTokenSource cancellation) => _running[jobId] = cancellation;

    public void Remove(Guid jobId) => _running.TryRemove(jobId, out _);

    public bool Cancel(Guid jobId)
    {
        if (_running.TryGetValue(jobId, out var cancellation))
        {
            cancellation.Cancel();
            return true;
        }
        return false;
    }

    public int Count => _running.Count;
}
