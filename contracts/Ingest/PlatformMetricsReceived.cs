namespace AdFlux.Contracts.Ingest;

/// <summary>Metrics of one platform entity (channel, video, track, ad…) over an observed window.</summary>
public sealed record PlatformMetricsReceived(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid? ClientProfileId,
    string Platform,
    string EntityType,
    string EntityId,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd) : IIntegrationEvent;
