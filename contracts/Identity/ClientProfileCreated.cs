namespace AdFlux.Contracts.Identity;

/// <summary>A "ficha cliente": one analysed artist or brand of a tenant.</summary>
public sealed record ClientProfileCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ClientProfileId, string Name) : IIntegrationEvent;
