namespace AdFlux.Ingest.Api;

/// <summary>One webhook source of the caller's tenant: when it last delivered, how often, and what was refused (by reason, last 24 hours).</summary>
public sealed record SourceStatus(
    string Source,
    DateTimeOffset? LastDeliveryAt,
    int DeliveriesLastHour,
    int DeliveriesLast24Hours,
    double DeliveriesPerHourLast24Hours,
    IReadOnlyDictionary<string, long> RejectionsLast24Hours,
    DateTimeOffset? LastRejectionAt);
