namespace AdFlux.Contracts.Identity;

public sealed record UserCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid UserId, string Email, string Role) : IIntegrationEvent;
