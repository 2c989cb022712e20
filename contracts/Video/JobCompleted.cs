namespace AdFlux.Contracts.Video;

public sealed record JobCompleted(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobId) : IIntegrationEvent;
