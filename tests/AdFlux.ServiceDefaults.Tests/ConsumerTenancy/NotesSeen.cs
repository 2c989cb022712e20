using System.Collections.Concurrent;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

/// <summary>What each handled event's consumer saw, by event id.</summary>
public sealed class NotesSeen
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<IReadOnlyList<string>>> _seen = new();

    public void Record(Guid eventId, IReadOnlyList<string> notes) => Of(eventId).TrySetResult(notes);

    public Task<IReadOnlyList<string>> WaitAsync(Guid eventId) => Of(eventId).Task.WaitAsync(TimeSpan.FromSeconds(60));

    private TaskCompletionSource<IReadOnlyList<string>> Of(Guid eventId) =>
        _seen.GetOrAdd(eventId, _ => new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously));
}
