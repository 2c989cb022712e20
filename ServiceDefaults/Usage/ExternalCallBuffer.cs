using System.Collections.Concurrent;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// Calls recorded by <see cref="ExternalCallRecorder"/> until the service's flusher writes them to its
/// outbox in batches: recording never joins (or waits for) the caller's transaction, and a caller
/// whose own work rolls back still paid for the call.
/// </summary>
public sealed class ExternalCallBuffer
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    public int Count => _calls.Count;

    public void Add(RecordedCall call) => _calls.Enqueue(call);

    /// <summary>Up to <paramref name="max"/> calls, oldest first.</summary>
    public List<RecordedCall> Take(int max)
    {
        var taken = new List<RecordedCall>(Math.Min(max, _calls.Count));
        while (taken.Count < max && _calls.TryDequeue(out var call))
        {
            taken.Add(call);
        }
        return taken;
    }

    /// <summary>Puts back calls a failed flush could not write; they go out with the next one.</summary>
    public void Return(IEnumerable<RecordedCall> calls)
    {
        foreach (var call in calls)
        {
            _calls.Enqueue(call);
        }
    }
}
