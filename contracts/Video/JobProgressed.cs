namespace AdFlux.Contracts.Video;

public sealed record JobProgressed(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobId, string Stage, double Percent) : IIntegrationEvent;
