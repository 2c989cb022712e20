using System.Collections.Concurrent;
using AdFlux.Contracts;
using MassTransit;

namespace AdFlux.Ledger.Tests;

/// <summary>Counts consumer completions per EventId, so a test knows a redelivery was handled (and skipped) before it asserts.</summary>
public sealed class CompletedConsumes : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _counts = new();

    public int Of(Guid eventId) => _counts.GetValueOrDefault(eventId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        // The ledger consumes batches: count each event in them.
        IEnumerable<object> messages = context.Message is System.Collections.IEnumerable batch
            ? batch.OfType<ConsumeContext>().Select(c => c.TryGetMessage<IIntegrationEvent>(out var m) ? (object)m.Message : c)
            : [context.Message];
        foreach (var integrationEvent in messages.OfType<IIntegrationEvent>())
        {
            _counts.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
