namespace AdFlux.Ingest.Api;

/// <summary>
/// One inbound source of the caller's tenant: for webhooks when it last delivered, how often, and what was
/// refused (by reason, last 24 hours); for pulled sources (<c>google-sheets/&lt;spreadsheet&gt;</c>) the last pull and its outcome.
/// </summary>
public sealed record SourceStatus(
    string Source,
    DateTimeOffset? LastDeliveryAt,
    int DeliveriesLastHour,
    int DeliveriesLast24Hours,
    double DeliveriesPerHourLast24Hours,
    IReadOnlyDictionary<string, long> RejectionsLast24Hours,
    DateTimeOffset? LastRejectionAt,
    DateTimeOffset? LastPullAt = null,
    string? LastPullOutcome = null);
