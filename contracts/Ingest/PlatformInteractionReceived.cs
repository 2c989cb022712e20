namespace AdFlux.Contracts.Ingest;

/// <summary>A comment, mention, like or share reported by an Instagram/Meta webhook.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant owning the page or account the interaction happened on.</param>
/// <param name="OccurredAt">When the platform says it happened (the entry's time).</param>
/// <param name="ClientProfileId">The client profile the page or account is registered to.</param>
/// <param name="Platform">instagram or facebook.</param>
/// <param name="Kind">comment, mention, like, reaction, share…</param>
/// <param name="ObjectId">The platform's id of the comment, media or post.</param>
/// <param name="AuthorHandle">Username or name of who interacted, when the platform says.</param>
/// <param name="Text">Comment or mention text, when there is one.</param>
/// <param name="DeliveryId">The raw webhook delivery (ingest's <c>webhook_deliveries.id</c>) it came from.</param>
public sealed record PlatformInteractionReceived(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid? ClientProfileId,
    string Platform,
    string Kind,
    string ObjectId,
    string? AuthorHandle,
    string? Text,
    Guid? DeliveryId = null) : IIntegrationEvent;
