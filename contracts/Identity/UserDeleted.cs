namespace AdFlux.Contracts.Identity;

/// <summary>An admin deleted a user with its sessions; the id is never reused.</summary>
public sealed record UserDeleted(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid UserId) : IIntegrationEvent;
