namespace AdFlux.Contracts.Identity;

/// <summary>An admin let a deactivated user log in again.</summary>
public sealed record UserReactivated(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid UserId) : IIntegrationEvent;
