namespace AdFlux.Ads.Api;

/// <summary>A budget threshold a campaign reached in a period (minor units of the campaign's currency).</summary>
public sealed record BudgetAlertResponse(Guid CampaignId, DateOnly PeriodStart, int ThresholdPercent, long SpendMinor, DateTimeOffset ReachedAt);
