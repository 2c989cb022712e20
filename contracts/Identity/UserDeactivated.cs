namespace AdFlux.Contracts.Identity;

/// <summary>An admin deactivated a user: it can no longer log in, and its refresh tokens were revoked.</summary>
public sealed record UserDeactivated(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid UserId) : IIntegrationEvent;
