namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// A message a consumer has handled (table <c>inbox_messages</c>), recorded in the same
/// transaction as the consumer's effects so a redelivery is recognised and skipped.
/// </summary>
public sealed class InboxMessage
{
    /// <summary>The event's <c>EventId</c> (or the transport message id for messages without one).</summary>
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
