using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ledger.Data;

/// <summary>
/// A message that failed all its retries in some service's consumer and now sits in that
/// queue's <c>_error</c> queue (table <c>dead_letters</c>), learnt from MassTransit's
/// <c>Fault</c> event. Repeated failures of the same message in the same queue update one row.
/// </summary>
public sealed class DeadLetter : ITenantOwned
{
    public Guid Id { get; set; }

    /// <summary>The failed message's tenant, or <see cref="Guid.Empty"/> when it carries none.</summary>
    public Guid TenantId { get; set; }

    /// <summary>Transport message id of the failed message (for events published by an outbox, its EventId).</summary>
    public Guid MessageId { get; set; }

    public required string MessageType { get; set; }

    /// <summary>The consumer queue that gave up; the message is in <c>&lt;queue&gt;_error</c>.</summary>
    public required string Queue { get; set; }

    public required string Error { get; set; }

    /// <summary>The failed message's JSON as received; text, not jsonb, because what failed may be exactly what jsonb refuses (e.g. <c>\u0000</c>).</summary>
    public required string Payload { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset? ReplayedAt { get; set; }

    public int Replays { get; set; }
}
