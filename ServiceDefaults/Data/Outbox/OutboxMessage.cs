namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// An integration event waiting to be published (table <c>outbox_messages</c>). Written in the
/// same transaction as the state change it announces; the dispatcher publishes it after commit
/// and stamps <see cref="SentAt"/>.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the dispatcher publishes in this order.</summary>
    public long Id { get; set; }

    public Guid EventId { get; set; }

    /// <summary>Type name resolvable with <see cref="Type.GetType(string)"/> (full name, assembly name).</summary>
    public required string MessageType { get; set; }

    /// <summary>The event as JSON (System.Text.Json web defaults), stored as jsonb.</summary>
    public required string Payload { get; set; }

    public Guid? TenantId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>W3C <c>traceparent</c> of the activity that wrote the event, so the publish continues that trace.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    /// <summary>The flow this event belongs to (MassTransit <c>CorrelationId</c>).</summary>
    public Guid? CorrelationId { get; set; }

    /// <summary>The <c>EventId</c> of the message whose handling produced this one (MassTransit <c>InitiatorId</c>).</summary>
    public Guid? CausationId { get; set; }

    /// <summary>Failed attempts that were the message's own fault (unknown type, unreadable payload); broker outages do not count.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
