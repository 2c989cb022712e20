using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>A campaign day's metric found outside its expected range; its key makes the finding announced once, also when the day is pulled again.</summary>
public sealed class CampaignAnomaly : ITenantOwned
{
    public Guid CampaignId { get; set; }

    public DateOnly Date { get; set; }

    public required string Metric { get; set; }

    public Guid TenantId { get; set; }

    public double Observed { get; set; }

    public double ExpectedLow { get; set; }

    public double ExpectedHigh { get; set; }

    public DateTimeOffset DetectedAt { get; set; }
}
