namespace AdFlux.Ads.Domain;

/// <summary>
/// When a published campaign's figures are next pulled. Held in the database and leased with
/// SKIP LOCKED, so each pull runs once across instances.
/// </summary>
public sealed class MetricSync
{
    public Guid CampaignId { get; set; }

    public Guid TenantId { get; set; }

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }
}
