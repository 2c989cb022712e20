namespace AdFlux.Contracts.Ads;

/// <summary>A campaign was drafted in AdFlux (nothing is on the platform yet).</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the draft was saved.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile (ficha cliente) the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="Name">The campaign's name.</param>
/// <param name="Objective">awareness, traffic, engagement, leads, app_promotion or sales.</param>
/// <param name="BudgetKind">daily or lifetime.</param>
/// <param name="BudgetMinor">The budget in minor units of <paramref name="Currency"/> (cents for USD).</param>
/// <param name="Currency">ISO 4217 code of the ad account's currency.</param>
public sealed record CampaignCreated(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    string Name,
    string Objective,
    string BudgetKind,
    long BudgetMinor,
    string Currency) : IIntegrationEvent;
