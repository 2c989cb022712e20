namespace AdFlux.Contracts.Video;

public sealed record JobStarted(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobId) : IIntegrationEvent;
