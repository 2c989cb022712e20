namespace AdFlux.Contracts.Ingest;

public sealed record SocialPostsIngested(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid ClientProfileId,
    string Source,
    IReadOnlyList<SocialPost> Posts,
    IReadOnlyList<SocialComment> Comments) : IIntegrationEvent;
