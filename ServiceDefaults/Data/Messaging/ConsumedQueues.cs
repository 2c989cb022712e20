using System.Collections.Concurrent;
using MassTransit;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// The durable queues this process's receive endpoints consume, learnt as each endpoint
/// becomes ready (temporary and auto-delete queues, e.g. the bus's own response queue, are
/// left out), with what the broker last said about their consumers.
/// </summary>
public sealed class ConsumedQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, QueueConsumers> _queues = new();

    public IReadOnlyCollection<string> Names => _queues.Keys.ToList();

    public IReadOnlyDictionary<string, QueueConsumers> States => _queues;

    public void Record(string queue, QueueConsumers state) => _queues[queue] = state;

    public Task Ready(ReceiveEndpointReady ready)
    {
        if (QueueOf(ready.InputAddress) is { } queue)
        {
            _queues.TryAdd(queue, QueueConsumers.Unchecked);
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary><c>rabbitmq://host/vhost/ledger-events</c> → <c>ledger-events</c>; null for a temporary queue.</summary>
    public static string? QueueOf(Uri inputAddress)
    {
        var query = inputAddress.Query;
        if (query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
            || query.Contains("autodelete=true", StringComparison.OrdinalIgnoreCase)
            || query.Contains("exclusive=true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return inputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
    }
}
