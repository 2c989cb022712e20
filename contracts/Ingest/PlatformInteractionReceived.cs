namespace AdFlux.Contracts.Ingest;

/// <summary>A comment, like or share reported by an Instagram/Meta webhook.</summary>
public sealed record PlatformInteractionReceived(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid? ClientProfileId,
    string Platform,
    string Kind,
    string ObjectId,
    string? AuthorHandle,
    string? Text) : IIntegrationEvent;
