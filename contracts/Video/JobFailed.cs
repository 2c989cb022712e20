namespace AdFlux.Contracts.Video;

public sealed record JobFailed(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid JobId, string Error) : IIntegrationEvent;
