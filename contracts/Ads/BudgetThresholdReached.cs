namespace AdFlux.Contracts.Ads;

/// <summary>A campaign's spend reached 50, 80 or 100 % of its budget in a period (sent once per threshold and period).</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the sync that saw it finished.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="BudgetKind">daily (the period is one UTC day) or lifetime (the whole schedule).</param>
/// <param name="PeriodStart">The period's first day (UTC midnight).</param>
/// <param name="ThresholdPercent">50, 80 or 100.</param>
/// <param name="SpendMinor">Spend in the period so far, in minor units of <paramref name="Currency"/>.</param>
/// <param name="BudgetMinor">The period's budget, in minor units of <paramref name="Currency"/>.</param>
/// <param name="ProjectedSpendMinor">Spend projected to the period's end at the pace so far.</param>
/// <param name="Currency">ISO 4217 code.</param>
public sealed record BudgetThresholdReached(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    string BudgetKind,
    DateTimeOffset PeriodStart,
    int ThresholdPercent,
    long SpendMinor,
    long BudgetMinor,
    long ProjectedSpendMinor,
    string Currency) : IIntegrationEvent;
