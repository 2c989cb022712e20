namespace AdFlux.Contracts.Identity;

public sealed record TenantCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, string Name) : IIntegrationEvent;
