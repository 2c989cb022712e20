namespace AdFlux.Contracts.Ads;

/// <summary>A published campaign was paused, resumed or ended on its platform, or its budget changed.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the platform accepted the change.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="Status">active, paused or completed.</param>
/// <param name="BudgetMinor">The budget after the change, in minor units of the campaign's currency.</param>
public sealed record CampaignStatusChanged(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    string Status,
    long BudgetMinor) : IIntegrationEvent;
