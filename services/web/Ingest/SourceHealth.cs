namespace AdFlux.Web.Ingest;

/// <summary>
/// One inbound source as ingest reports it: for webhooks the last delivery, how many arrived and what was refused (last 24 hours);
/// for pulled sources the last pull, its outcome, the next one and whether the platform refused the credential.
/// </summary>
public sealed record SourceHealth(
    string Source,
    DateTimeOffset? LastDeliveryAt,
    int DeliveriesLastHour,
    int DeliveriesLast24Hours,
    double DeliveriesPerHourLast24Hours,
    IReadOnlyDictionary<string, long> RejectionsLast24Hours,
    DateTimeOffset? LastRejectionAt,
    DateTimeOffset? LastPullAt,
    string? LastPullOutcome,
    Guid? SourceId,
    string? LastPullError,
    DateTimeOffset? NextPullAt,
    string? CredentialStatus,
    string? CredentialError)
{
    /// <summary>The credential status ingest reports when a platform refused it (not retried until replaced).</summary>
    public const string NeedsAttention = "needs_attention";

    public bool IsPulled => SourceId is not null;

    public long Rejections => RejectionsLast24Hours.Values.Sum();

    /// <summary>What the admin should look at first: a refused credential or a failed pull, then refused deliveries, then silence.</summary>
    public string State => CredentialStatus == NeedsAttention || LastPullError is not null || LastPullOutcome is "failed"
        ? "failing"
        : Rejections > 0
            ? "rejecting"
            : LastDeliveryAt is not null || LastPullAt is not null ? "flowing" : "silent";
}
