namespace AdFlux.Contracts.Ads;

/// <summary>A campaign's publication failed for good at one step; what had been created on the platform was paused or removed.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the publication was given up.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="Step">The step that failed: budget, campaign, adset, creative or ad.</param>
/// <param name="PlatformErrorCode">The platform's error code (Meta's <c>code</c>/<c>error_subcode</c>, Google's error enum), when it gave one.</param>
/// <param name="Error">The platform's message.</param>
/// <param name="Compensated">True when everything created before the failure was paused or removed.</param>
public sealed record CampaignPublishFailed(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    string Step,
    string? PlatformErrorCode,
    string Error,
    bool Compensated) : IIntegrationEvent;
