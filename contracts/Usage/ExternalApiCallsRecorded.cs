namespace AdFlux.Contracts.Usage;

/// <summary>A batch of one tenant's external calls made by one service, recorded for usage and cost tracking.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the calls were made for.</param>
/// <param name="OccurredAt">When the batch was written.</param>
/// <param name="Service">The service that made the calls (ingest, ads, insights).</param>
/// <param name="Calls">The calls, each once.</param>
public sealed record ExternalApiCallsRecorded(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    string Service,
    IReadOnlyList<ExternalApiCall> Calls) : IIntegrationEvent;
