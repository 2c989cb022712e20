namespace AdFlux.Contracts.Ads;

/// <summary>A content request passed every step of its approval workflow: its creatives may be used by campaigns.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the request belongs to.</param>
/// <param name="OccurredAt">When the last step was approved.</param>
/// <param name="ContentRequestId">AdFlux's id of the content request.</param>
/// <param name="ApprovedBy">The user whose decision completed the approval (for an external link, the approver it stood for, else the user who issued it); <see cref="Guid.Empty"/> when the compliance score approved the last step by itself.</param>
/// <param name="ClientProfileId">The client profile the creatives are for.</param>
/// <param name="CampaignId">The campaign the request was made for, if any.</param>
public sealed record ContentRequestApproved(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid ContentRequestId,
    Guid ApprovedBy,
    Guid ClientProfileId,
    Guid? CampaignId) : IIntegrationEvent;
