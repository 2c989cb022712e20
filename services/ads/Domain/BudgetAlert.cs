using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>A budget threshold (50, 80 or 100 %) a campaign reached in one period; its key makes the alert fire once.</summary>
public sealed class BudgetAlert : ITenantOwned
{
    public Guid CampaignId { get; set; }

    /// <summary>The day for a daily budget; the campaign's first day for a lifetime budget.</summary>
    public DateOnly PeriodStart { get; set; }

    public int ThresholdPercent { get; set; }

    public Guid TenantId { get; set; }

    public long SpendMinor { get; set; }

    public DateTimeOffset ReachedAt { get; set; }
}
