using System.Diagnostics;
using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.ServiceDefaults.Data;

namespace AdFlux.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to the outbox; it is written by the next
    /// <c>SaveChangesAsync</c>, in the same transaction as the other changes, and published
    /// after commit. Captures the current trace context and flow (correlation, causation).
    /// </summary>
    public static OutboxMessage AddEvent(this ServiceDbContext db, IIntegrationEvent integrationEvent, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var flow = MessageFlow.CurrentOrFromTrace();
        var activity = Activity.Current;
        var message = new OutboxMessage
        {
            EventId = integrationEvent.EventId,
            MessageType = OutboxMessageTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxMessageTypes.Json),
            TenantId = integrationEvent.TenantId,
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
            CorrelationId = flow?.CorrelationId ?? integrationEvent.EventId,
            CausationId = flow?.CausationId,
            CreatedAt = (clock ?? TimeProvider.System).GetUtcNow(),
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
