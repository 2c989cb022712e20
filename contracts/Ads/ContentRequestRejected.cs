namespace AdFlux.Contracts.Ads;

/// <summary>An approver rejected a content request; it is closed.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the request belongs to.</param>
/// <param name="OccurredAt">When it was rejected.</param>
/// <param name="ContentRequestId">AdFlux's id of the content request.</param>
/// <param name="RejectedBy">The user who rejected it (for an external link, the approver it stood for, else the user who issued it).</param>
/// <param name="Reason">The approver's comment.</param>
/// <param name="ClientProfileId">The client profile the creatives were for.</param>
/// <param name="CampaignId">The campaign the request was made for, if any.</param>
public sealed record ContentRequestRejected(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid ContentRequestId,
    Guid RejectedBy,
    string Reason,
    Guid ClientProfileId,
    Guid? CampaignId) : IIntegrationEvent;
