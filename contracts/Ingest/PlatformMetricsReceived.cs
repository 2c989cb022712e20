namespace AdFlux.Contracts.Ingest;

/// <summary>Metrics of one platform entity (channel, video, track, ad…) over an observed window.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the metrics belong to.</param>
/// <param name="OccurredAt">When ingest received or pulled the figures.</param>
/// <param name="ClientProfileId">The client profile (ficha cliente) they belong to, when the source names one.</param>
/// <param name="Platform">youtube, spotify, landing-page, meta, or what an n8n workflow reports.</param>
/// <param name="EntityType">channel, video, artist, track, page, ad_account…</param>
/// <param name="EntityId">The platform's id (or URL) of the entity.</param>
/// <param name="Metrics">Metric name to value for the window.</param>
/// <param name="WindowStart">Start of the observed window.</param>
/// <param name="WindowEnd">End of the observed window.</param>
/// <param name="DeliveryId">The raw webhook delivery (ingest's <c>webhook_deliveries.id</c>) the figures came from; null for pulls.</param>
/// <param name="IsRestatement">True when a pull read different figures for a window it had already reported: they replace the earlier ones for the same entity, metric and window (never add to them).</param>
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
    DateTimeOffset WindowEnd,
    Guid? DeliveryId = null,
    bool IsRestatement = false) : IIntegrationEvent;
