namespace AdFlux.Contracts.Ads;

/// <summary>A campaign's daily figures were (re)pulled from its platform; restated days replace what was held.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the pull finished.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="WindowStart">Start of the re-pulled window (inclusive, UTC midnight).</param>
/// <param name="WindowEnd">End of the re-pulled window (exclusive, UTC midnight).</param>
/// <param name="Impressions">Impressions in the window.</param>
/// <param name="Clicks">Clicks in the window.</param>
/// <param name="SpendMinor">Spend in the window, in minor units of the campaign's currency.</param>
/// <param name="Conversions">Conversions in the window.</param>
/// <param name="Currency">ISO 4217 code of the spend and values; null from publishers older than it.</param>
/// <param name="Days">The window day by day: a restated day replaces that day's figures downstream. Null from publishers older than it.</param>
public sealed record CampaignMetricsSynced(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    long Impressions,
    long Clicks,
    long SpendMinor,
    long Conversions,
    string? Currency = null,
    IReadOnlyList<CampaignDayFigures>? Days = null) : IIntegrationEvent;
