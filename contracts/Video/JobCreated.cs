namespace AdFlux.Contracts.Video;

public sealed record JobCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobId, Guid VideoId, string Kind) : IIntegrationEvent;
