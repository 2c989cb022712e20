namespace AdFlux.Contracts.Ads;

/// <summary>Every step of a campaign's publication succeeded: its budget, campaign, ad sets, creatives and ads exist on the platform.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the last step finished.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="ExternalId">The platform's id of the campaign (Meta's campaign id, Google's campaign resource name).</param>
/// <param name="AdCount">How many ads were created.</param>
public sealed record CampaignPublished(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    string ExternalId,
    int AdCount) : IIntegrationEvent;
