using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>
/// One day of a campaign's figures as its platform last reported them. A re-pull of the same day
/// replaces the row (platforms restate recent days as late conversions and invalid clicks settle).
/// </summary>
public sealed class DailyMetric : IClientProfileScoped
{
    public Guid CampaignId { get; set; }

    public DateOnly Date { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public long Impressions { get; set; }

    /// <summary>People reached that day (Meta); null where the platform does not report it.</summary>
    public long? Reach { get; set; }

    public long Clicks { get; set; }

    public long SpendMinor { get; set; }

    public double Conversions { get; set; }

    public long ConversionValueMinor { get; set; }

    public DateTimeOffset SyncedAt { get; set; }
}
