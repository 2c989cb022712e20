namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// Sees each batch after the broker confirmed it and before it is marked sent (metrics,
/// audits; tests use it to stop a service in exactly that window).
/// </summary>
public interface IOutboxDispatchObserver
{
    Task PublishedAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken);
}
