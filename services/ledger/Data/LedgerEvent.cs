using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ledger.Data;

/// <summary>One integration event as recorded, a link of its tenant's hash chain (table <c>ledger_events</c>, append-only).</summary>
public sealed class LedgerEvent : ITenantOwned
{
    public long Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>1, 2, 3… within the tenant; the chain order.</summary>
    public long Position { get; set; }

    public Guid EventId { get; set; }

    /// <summary>Contract type name, e.g. <c>AdFlux.Contracts.Video.VideoUploaded</c>.</summary>
    public required string EventType { get; set; }

    public required string SourceService { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? CausationId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The event as JSON (jsonb).</summary>
    public required string Payload { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
