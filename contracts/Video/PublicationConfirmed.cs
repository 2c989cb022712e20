namespace AdFlux.Contracts.Video;

public sealed record PublicationConfirmed(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid PublicationId, Guid VariantId, string Platform, string ExternalId, string? Url) : IIntegrationEvent;
