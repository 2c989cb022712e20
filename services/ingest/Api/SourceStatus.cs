namespace AdFlux.Ingest.Api;

/// <summary>
/// One inbound source of the caller's tenant: for webhooks when it last delivered, how often, and what was
/// refused (by reason, last 24 hours); for pulled sources (<c>google-sheets/&lt;spreadsheet&gt;</c>,
/// <c>youtube-api/&lt;channels&gt;</c>, <c>spotify-api/&lt;artists&gt;</c>) the last pull and its outcome, the next scheduled
/// pull, and whether the platform refused the source's credential (<c>needs_attention</c>: not retried until replaced).
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
    string? LastPullOutcome = null,
    Guid? SourceId = null,
    string? LastPullError = null,
    DateTimeOffset? NextPullAt = null,
    string? CredentialStatus = null,
    string? CredentialError = null);
